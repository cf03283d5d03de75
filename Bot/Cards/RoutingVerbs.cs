namespace ExpertBot.Cards;

/// <summary>The verbs of the "Ask them" actions (Action.Execute): asking, an expert's answer, the asker's thanks.</summary>
internal static class RoutingVerbs
{
    /// <summary>On the results card: data {topic, question, lang}.</summary>
    public const string AskExperts = "askExperts";

    /// <summary>On an expert's question card: data {q, lang}.</summary>
    public const string Accept = "routeAccept";
    public const string Decline = "routeDecline";

    /// <summary>On the asker's "Did they help?" card: data {q, lang}.</summary>
    public const string ThanksYes = "thanksYes";
    public const string ThanksNo = "thanksNo";

    public static bool IsRouting(string? verb) => verb is AskExperts or Accept or Decline or ThanksYes or ThanksNo;
}
