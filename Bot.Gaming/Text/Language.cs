namespace ExpertBot.Gaming.Text;

/// <summary>The language an item is written in.</summary>
internal enum Language
{
    English,
    French,
}
