using Azure;

namespace ExpertBot.Presence;

/// <summary>
/// What the photo table holds for one person, without the bytes: the photo's SHA-256 (null when they have none),
/// when Graph was last asked, and the row's ETag for a write that must not undo a concurrent "forget me".
/// </summary>
internal sealed record StoredPhoto(string PersonId, string? Hash, DateTimeOffset CheckedAt, ETag ETag);
