namespace ExpertBot.Cards;

/// <summary>The verbs of the results card's own actions (Action.Execute), besides endorse and withdraw; "Ask them" is <see cref="RoutingVerbs.AskExperts"/>.</summary>
internal static class ExpertsCardVerbs
{
    /// <summary>The next page of people, in place of the card: data {topic, question, skip, lang}.</summary>
    public const string MorePeople = "morePeople";

    /// <summary>The people of the broader topic a no-match card offers, in its place: data {topic, lang}.</summary>
    public const string BroaderTopic = "broaderTopic";

    /// <summary>
    /// The people of one topic of a question of several that nobody listed shows all of ("k8s and terraform": who
    /// knows k8s?), in place of the card: data {topic, lang}.
    /// </summary>
    public const string OneTopic = "oneTopic";

    /// <summary>Whether a verb asks for a topic's first page in place of the card (<see cref="BroaderTopic"/>, <see cref="OneTopic"/>).</summary>
    public static bool AsksTopic(string? verb) => verb is BroaderTopic or OneTopic;

    /// <summary>Whether a verb asks for a page of people in place of the card: the next one, or a topic's first.</summary>
    public static bool AsksPage(string? verb) => verb == MorePeople || AsksTopic(verb);
}
