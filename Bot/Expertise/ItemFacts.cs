namespace ExpertBot.Expertise;

/// <summary>
/// What a query reads of each matching item, in 8 bytes: its owner (a position in the index) and the part
/// of its weight that fades with age, as of the newest item of the index.
/// </summary>
internal readonly record struct ItemFacts(int Person, float Fading);
