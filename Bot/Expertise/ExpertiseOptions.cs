using System.ComponentModel.DataAnnotations;

namespace ExpertBot.Expertise;

/// <summary>Where the evidence comes from when no Graph tenant is configured, and how many people a card shows.</summary>
internal sealed class ExpertiseOptions
{
    public const string Section = "Expertise";

    /// <summary>A snapshot folder (people.jsonl, signals.jsonl, endorsements.jsonl); the demo organisation by default.</summary>
    public string? SnapshotPath { get; set; }

    /// <summary>The tenant the snapshot belongs to; "*" lets it answer every tenant (local development only).</summary>
    [Required]
    public string SnapshotTenantId { get; set; } = ExpertiseCatalog.AnyTenant;

    /// <summary>Where the index built from the snapshot is saved, so a restart loads it instead of rebuilding (empty: not saved).</summary>
    public string? IndexCachePath { get; set; }

    [Range(1, 20)]
    public int PeoplePerCard { get; set; } = 5;
}
