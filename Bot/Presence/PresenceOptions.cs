using System.ComponentModel.DataAnnotations;

namespace ExpertBot.Presence;

/// <summary>
/// How availability is read for a card or a routed question. It is a hint on a card, never worth slowing it: a read
/// that takes longer than TimeoutMilliseconds answers "unknown", and after a failure Graph is left alone for a while.
/// </summary>
internal sealed class PresenceOptions
{
    public const string Section = "Presence";

    /// <summary>How long a person's availability is reused (tenant and person in the key).</summary>
    [Range(0, 3600)]
    public int CacheSeconds { get; set; } = 60;

    /// <summary>The most people kept in the cache; past it the oldest answers are dropped first.</summary>
    [Range(100, 1_000_000)]
    public int MaxCachedPeople { get; set; } = 20_000;

    /// <summary>A read (presence, then out-of-office end dates) gives up after this and answers "unknown" for what it lacks.</summary>
    [Range(100, 60_000)]
    public int TimeoutMilliseconds { get; set; } = 2_000;

    /// <summary>After a failed or throttled read, Graph is not asked again for this long (or the Retry-After, if longer).</summary>
    [Range(0, 3600)]
    public int PauseAfterFailureSeconds { get; set; } = 30;

    /// <summary>After a 403 (the permission is not granted), Graph is asked again only after this, in case it was granted meanwhile.</summary>
    [Range(1, 1440)]
    public int PauseAfterForbiddenMinutes { get; set; } = 15;

    /// <summary>
    /// Read when out-of-office people are back ("Out of office until 3 Dec") from their automatic replies: needs
    /// MailboxSettings.Read (application). Off: out of office is shown without a date.
    /// </summary>
    public bool ReadOutOfOfficeEnd { get; set; } = true;

    /// <summary>
    /// Local mode without Graph: the demo organisation's availability (a JSON Lines file, see <see cref="DemoPresence"/>).
    /// Empty: presence.jsonl in the snapshot folder, if there is one. run.sh passes demo/presence.jsonl.
    /// </summary>
    public string? DemoFile { get; set; }
}
