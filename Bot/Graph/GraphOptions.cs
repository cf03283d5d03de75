using System.ComponentModel.DataAnnotations;

namespace ExpertBot.Graph;

/// <summary>
/// The Microsoft Graph tenant to sync from. Without TenantId and ClientId the bot keeps ranking from the snapshot.
/// Sources are an allow-list: the listed teams and sites only; nothing listed, no team or site is read.
/// </summary>
internal sealed class GraphOptions : IValidatableObject
{
    public const string Section = "Graph";

    /// <summary>The Entra tenant; evidence is published and stored under this id.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration with the application permissions listed in docs/graph.md.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>A certificate for the app registration, preferred over a secret: PFX (.pfx/.p12) or PEM (certificate and private key in one file; an encrypted key takes CertificatePassword).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>In Azure: the app's managed identity (ClientId, if set, selects a user-assigned one).</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>National clouds: e.g. https://graph.microsoft.us/v1.0 and https://login.microsoftonline.us.</summary>
    [Required]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>
    /// The token scope; empty: BaseUrl's scheme, host and port + "/.default" (https://graph.microsoft.com/.default).
    /// Set it when Graph is reached through a gateway whose tokens are issued for another resource.
    /// </summary>
    public string? Scope { get; set; }

    /// <summary>
    /// Skip Entra instance discovery (a request to the public cloud before the first token). Empty: skipped for any
    /// authority host other than the public and national clouds MSAL knows, so a private cloud or a local token
    /// endpoint is the only place the sign-in goes.
    /// </summary>
    public bool? DisableInstanceDiscovery { get; set; }

    /// <summary>Team ids whose standard channels and libraries are read; empty: no team is read.</summary>
    public List<string> Teams { get; set; } = [];

    /// <summary>Site ids (host,siteId,webId or hostname:/sites/path:) whose document libraries the whole organisation may read.</summary>
    public List<string> Sites { get; set; } = [];

    /// <summary>Sites with restricted access: their documents are private evidence (read only when StorePrivateItems).</summary>
    public List<string> RestrictedSites { get; set; } = [];

    public bool IncludeGuests { get; set; }

    /// <summary>A disabled or deleted account stays stored, out of every result, this long before it is erased (Entra restores a deleted user within 30 days).</summary>
    [Range(0, 365)]
    public int InactiveGraceDays { get; set; } = 30;

    /// <summary>A failing source (403, 404, or errors that outlast the retries) is tried again after this, doubled per failure in a row, at most a day.</summary>
    [Range(1, 1440)]
    public int FailedSourceRetryMinutes { get; set; } = 60;

    /// <summary>Accounts treated as service accounts when they have neither mail nor department.</summary>
    public bool SkipAccountsWithoutMailOrDepartment { get; set; } = true;

    /// <summary>User ids or user principal names never synced (shared mailboxes, rooms, bots...).</summary>
    public List<string> ServiceAccounts { get; set; } = [];

    /// <summary>Private items (private teams' channels, restricted sites) kept for scoring only, never shown. Off: not stored at all.</summary>
    public bool StorePrivateItems { get; set; }

    /// <summary>Read each new or changed file's sensitivity labels (extractSensitivityLabels): a labelled file is private unless all its labels are allowed.</summary>
    public bool ReadSensitivityLabels { get; set; } = true;

    /// <summary>Sensitivity label ids (GUIDs) whose files may still be shown to the whole organisation, e.g. "General" or "Public".</summary>
    public List<string> AllowedSensitivityLabels { get; set; } = [];

    [Range(1, 10080)]
    public int SyncIntervalMinutes { get; set; } = 60;

    /// <summary>How often instances without the lease look for newly stored evidence.</summary>
    [Range(5, 3600)]
    public int RefreshSeconds { get; set; } = 60;

    /// <summary>Profile fields are not covered by users/delta: they are re-read for everyone this often.</summary>
    [Range(1, 90)]
    public int ProfileRefreshDays { get; set; } = 7;

    [Range(15, 3600)]
    public int LeaseSeconds { get; set; } = 120;

    [Range(1, 16)]
    public int MaxConcurrencyPerResource { get; set; } = 4;

    [Range(0, 20)]
    public int MaxRetries { get; set; } = 6;

    /// <summary>One attempt of a request: a hung connection is abandoned and retried after this long. Waits for Retry-After are not counted.</summary>
    [Range(1, 600)]
    public int AttemptTimeoutSeconds { get; set; } = 100;

    /// <summary>A request with all its attempts and waits; past it the sync stops and resumes from its checkpoint next run.</summary>
    [Range(1, 1440)]
    public int RequestTimeoutMinutes { get; set; } = 30;

    /// <summary>Whether any team or site is listed: without one only people and their profiles are synced.</summary>
    public bool HasSources => Teams.Count > 0 || Sites.Count > 0 || (StorePrivateItems && RestrictedSites.Count > 0);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && (!string.IsNullOrWhiteSpace(ClientId) || UseManagedIdentity);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Graph:BaseUrl must be an absolute URL", [nameof(BaseUrl)]);
        }

        if (!Uri.TryCreate(AuthorityHost, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Graph:AuthorityHost must be an absolute URL", [nameof(AuthorityHost)]);
        }

        if (!string.IsNullOrWhiteSpace(Scope) && !Uri.TryCreate(Scope, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Graph:Scope must be an absolute URI such as https://graph.microsoft.com/.default", [nameof(Scope)]);
        }

        if (IsConfigured && !UseManagedIdentity && string.IsNullOrWhiteSpace(ClientSecret) && string.IsNullOrWhiteSpace(CertificatePath))
        {
            yield return new ValidationResult("Graph needs ClientSecret, CertificatePath or UseManagedIdentity", [nameof(ClientSecret)]);
        }
    }
}
