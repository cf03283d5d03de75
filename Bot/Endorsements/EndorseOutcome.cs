namespace ExpertBot.Endorsements;

/// <summary>What happened when someone asked to endorse.</summary>
internal enum EndorseOutcome
{
    Endorsed,
    AlreadyEndorsed,
    SelfEndorsement,
    BudgetSpent,
}
