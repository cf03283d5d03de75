namespace ExpertBot.Cards;

/// <summary>The verbs of the results card's own actions (Action.Execute), besides endorse and withdraw; "Ask them" is <see cref="RoutingVerbs.AskExperts"/>.</summary>
internal static class ExpertsCardVerbs
{
    /// <summary>The next page of people, in place of the card: data {topic, question, skip, lang}.</summary>
    public const string MorePeople = "morePeople";

    /// <summary>The people of the broader topic a no-match card offers, in its place: data {topic, lang}.</summary>
    public const string BroaderTopic = "broaderTopic";
}
