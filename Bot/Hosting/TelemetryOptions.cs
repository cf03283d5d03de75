namespace ExpertBot.Hosting;

/// <summary>
/// Where telemetry goes. The exporters are chosen by the environment as Azure and OpenTelemetry define it:
/// APPLICATIONINSIGHTS_CONNECTION_STRING (set by infra/main.bicep) sends to Application Insights, else
/// OTEL_EXPORTER_OTLP_ENDPOINT to an OTLP collector; Console prints every span locally (Telemetry__Console=true).
/// </summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Prints each finished span to standard output, e.g. to see one turn's trace while developing.</summary>
    public bool Console { get; set; }
}
