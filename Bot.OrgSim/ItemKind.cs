namespace ExpertBot.OrgSim;

/// <summary>Kinds of evidence items, as written to signals.jsonl (lower case).</summary>
internal enum ItemKind
{
    Document,
    Post,
    Answer,
    Question,
    Comment,
    Message,
    Meeting,
}
