namespace ExpertBot.Gaming.Text;

/// <summary>What a gamer writes; each type has its phrase categories and its signal kind.</summary>
internal enum ItemType
{
    ShortPromo,
    LongPost,
    Certification,
    Shoutout,
    Comment,
    Message,
    Document,
    HijackQuestion,
    HijackShare,
    HijackMessage,
    HijackComment,
}
