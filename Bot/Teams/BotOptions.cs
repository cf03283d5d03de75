using System.ComponentModel.DataAnnotations;

namespace ExpertBot.Teams;

/// <summary>
/// The bot's identity, under the names Bot Framework users know (MicrosoftAppId, MicrosoftAppPassword, …),
/// read from the configuration root. With no app id the bot runs in local development mode.
/// </summary>
internal sealed class BotOptions : IValidatableObject
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string BotFrameworkMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>SingleTenant (app registration with a secret) or UserAssignedMSI (managed identity).</summary>
    public string MicrosoftAppType { get; set; } = "SingleTenant";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where the Bot Connector's signing keys are published; tests point it at a local issuer.</summary>
    [Url]
    public string OpenIdMetadataUrl { get; set; } = BotFrameworkMetadata;

    /// <summary>The Entra metadata for tokens issued by the bot's own tenant; defaults from the tenant id.</summary>
    public string? TenantOpenIdMetadataUrl { get; set; }

    public string ChannelIssuer { get; set; } = BotFrameworkIssuer;

    /// <summary>Authority host for outbound tokens (national clouds differ).</summary>
    [Url]
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Seconds between forced refreshes of the signing keys when a token names an unknown key id.</summary>
    [Range(1, 86400)]
    public int KeyRefreshSeconds { get; set; } = 300;

    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsManagedIdentity => string.Equals(MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsDevelopmentMode)
        {
            yield break;
        }

        if (!IsManagedIdentity && !string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"MicrosoftAppType '{MicrosoftAppType}' is not supported: use SingleTenant or UserAssignedMSI (new multi-tenant bots are deprecated).",
                [nameof(MicrosoftAppType)]);
        }

        if (string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult("MicrosoftAppTenantId is required when MicrosoftAppId is set.", [nameof(MicrosoftAppTenantId)]);
        }

        if (!IsManagedIdentity && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult("MicrosoftAppPassword is required for a SingleTenant bot.", [nameof(MicrosoftAppPassword)]);
        }
    }
}
