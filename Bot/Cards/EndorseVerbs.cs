namespace ExpertBot.Cards;

/// <summary>The verbs of the endorsement actions on cards (Action.Execute, or Action.Submit on older clients).</summary>
internal static class EndorseVerbs
{
    public const string Endorse = "endorse";
    public const string Withdraw = "withdraw";
}
