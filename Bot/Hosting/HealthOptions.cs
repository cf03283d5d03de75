using System.ComponentModel.DataAnnotations;

namespace ExpertBot.Hosting;

/// <summary>How the readiness probe checks Table Storage: briefly, and not on every probe.</summary>
internal sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>A probe that waits longer than this says "not ready" (App Service waits at most a few seconds per probe).</summary>
    [Range(1, 30)]
    public int StorageTimeoutSeconds { get; set; } = 3;

    /// <summary>How long one storage check answers every probe, so that several probers do not each query storage.</summary>
    [Range(0, 300)]
    public int StorageCacheSeconds { get; set; } = 5;
}
