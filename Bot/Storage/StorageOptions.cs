namespace ExpertBot.Storage;

/// <summary>
/// Where ExpertBot keeps its tables: a connection string (Azurite locally: UseDevelopmentStorage=true) or,
/// in Azure, the account's table endpoint reached with the managed identity (no key in configuration).
/// </summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary>Prefix for table names, so several deployments or test runs can share one account.</summary>
    [System.ComponentModel.DataAnnotations.RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$|^$")]
    public string TablePrefix { get; set; } = string.Empty;

    public const int DefaultMaxRetries = 5;

    /// <summary>
    /// Retries of a failed storage call. Turns that wait on storage run off the inbound request and invokes
    /// have their own deadline, so a patient default costs the person nothing but time.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 10)]
    public int MaxRetries { get; set; } = DefaultMaxRetries;
}
