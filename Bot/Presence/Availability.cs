namespace ExpertBot.Presence;

/// <summary>
/// Whether a person can be reached now, as Microsoft Graph's presence resource says. Being away never changes what
/// someone knows: search ignores it; only the card (a line) and routed questions (who is asked) read it.
/// </summary>
internal sealed record Availability(PresenceStatus Status, bool OutOfOffice = false, DateTimeOffset? OutOfOfficeUntil = null)
{
    /// <summary>Nothing known (no Graph, a person presence does not cover, an error): shown as nothing, never as "away".</summary>
    public static Availability Unknown { get; } = new(PresenceStatus.Unknown);
}

/// <summary>Graph presence's availability values, folded to what the bot acts on.</summary>
internal enum PresenceStatus
{
    Unknown,
    Available,
    Away,
    Busy,
    DoNotDisturb,
    Offline,
}
