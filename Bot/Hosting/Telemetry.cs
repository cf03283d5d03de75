using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ExpertBot.Hosting;

/// <summary>
/// The bot's own traces and metrics, under one name that <see cref="ObservabilityExtensions"/> subscribes to.
/// Tags carry ids and counts only: never a person's text, a token or a secret (the exporters send them off the machine).
/// </summary>
internal static class Telemetry
{
    public const string Name = "ExpertBot";

    public static readonly ActivitySource Source = new(Name, typeof(Telemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(Name, typeof(Telemetry).Assembly.GetName().Version?.ToString());
}
