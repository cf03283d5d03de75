using System.ComponentModel.DataAnnotations;

namespace ExpertBot.Endorsements;

/// <summary>The abuse limits on endorsements.</summary>
internal sealed class EndorsementOptions
{
    public const string Section = "Endorsements";

    /// <summary>How many endorsements one person may give per ISO week; withdrawing does not give one back.</summary>
    [Range(1, 1000)]
    public int WeeklyBudget { get; set; } = 20;

    /// <summary>How often an instance re-reads the endorsements other instances wrote.</summary>
    [Range(1, 3600)]
    public int RefreshSeconds { get; set; } = 30;
}
