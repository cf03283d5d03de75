using System.ComponentModel.DataAnnotations;

namespace ExpertBot.Digest;

/// <summary>When the weekly digest goes out, how fast, and where its charts are served from.</summary>
internal sealed class DigestOptions : IValidatableObject
{
    public const string Section = "Digest";

    /// <summary>Whether this instance schedules the weekly send (the lease still lets only one instance send).</summary>
    public bool Enabled { get; set; } = true;

    public DayOfWeek DayOfWeek { get; set; } = DayOfWeek.Monday;

    [Range(0, 23)]
    public int Hour { get; set; } = 8;

    /// <summary>An IANA or Windows time zone id, e.g. "Europe/Paris".</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The bot's public address (https://bot.contoso.com/), for the chart images the card links to.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// Proactive messages per second for the whole fan-out. Teams allows about 50 per second per app and
    /// tenant; 40 leaves room for the answers people are getting meanwhile. 0 disables pacing (tests).
    /// </summary>
    [Range(0, 50)]
    public double MessagesPerSecond { get; set; } = 40;

    [Range(1, 64)]
    public int Concurrency { get; set; } = 8;

    /// <summary>How long a claim on one subscriber's digest holds before another sender may take it over.</summary>
    [Range(1, 120)]
    public int ClaimMinutes { get; set; } = 10;

    /// <summary>
    /// The term of the "digest" lease, renewed at a third of it while the run sends: after a crash, another
    /// instance takes over within this time (and the dead sender's claims within <see cref="ClaimMinutes"/>).
    /// </summary>
    [Range(1, 60)]
    public int LeaseMinutes { get; set; } = 2;

    /// <summary>How often an instance tries again while the week is not complete (lease held elsewhere, sends pending).</summary>
    [Range(1, 60)]
    public int RetryMinutes { get; set; } = 5;

    [Range(1, 20)]
    public int TopicsPerDigest { get; set; } = 5;

    /// <summary>After a missed or crashed run, how long the week's digest may still be sent.</summary>
    [Range(1, 72)]
    public int CatchUpHours { get; set; } = 24;

    /// <summary>Delivery records of weeks older than this are deleted after each run: they only stop a second send that week.</summary>
    [Range(2, 520)]
    public int KeepDeliveriesWeeks { get; set; } = 8;

    /// <summary>Charts older than this are deleted after each run: older digest cards then show no chart.</summary>
    [Range(2, 520)]
    public int KeepChartsWeeks { get; set; } = 26;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!System.TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Unknown time zone '{TimeZone}'.", [nameof(TimeZone)]);
        }

        if (PublicBaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http")))
        {
            yield return new ValidationResult("PublicBaseUrl must be an absolute http(s) URL.", [nameof(PublicBaseUrl)]);
        }
    }

    public TimeZoneInfo Zone() => System.TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The schedule as a cron expression (minute hour day month weekday).</summary>
    public string Cron() => $"0 {Hour} * * {(int)DayOfWeek}";
}
