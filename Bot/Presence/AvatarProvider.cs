using ExpertBot.Hosting;
using Microsoft.Extensions.Caching.Memory;

namespace ExpertBot.Presence;

/// <summary>
/// The avatars of the people on a card as data: URIs (Teams shows them without fetching anything from the bot):
/// their photo while the card's share for photos lasts, else their initials drawn like Teams (cached, bounded).
/// </summary>
internal sealed partial class AvatarProvider(IPhotoSource photos, ILogger<AvatarProvider> logger) : IDisposable
{
    /// <summary>Graph's 48×48 photos are 1–3 KB; a bigger one is not what was asked for and would crowd the card.</summary>
    public const int MaxPhotoBytes = 6 * 1024;

    /// <summary>What photos may take of a card (base64 characters): about five photos; past it, initials (~1 KB).</summary>
    public const int PhotoBudget = 12 * 1024;

    private const int CachedAvatars = 4096;
    private static readonly string[] ImageTypes = ["image/jpeg", "image/png", "image/gif"];

    private readonly MemoryCache drawn = new(new MemoryCacheOptions { SizeLimit = CachedAvatars });

    /// <summary>One avatar per person, in the card's order; photos first come first served within the budget.</summary>
    public async Task<IReadOnlyList<string>> ForCardAsync(string tenantId, IReadOnlyList<(string Id, string Name)> people, CancellationToken cancellationToken = default)
    {
        var found = await Task.WhenAll(people.Select(p => PhotoAsync(tenantId, p.Id, cancellationToken)));
        var budget = PhotoBudget;
        var avatars = new string[people.Count];
        for (var i = 0; i < people.Count; i++)
        {
            if (found[i] is { } photo && photo.Length <= budget)
            {
                avatars[i] = photo;
                budget -= photo.Length;
            }
            else
            {
                avatars[i] = Initials(people[i].Id, people[i].Name);
            }
        }

        return avatars;
    }

    /// <summary>The initials avatar as a data: URI; drawn once per person and name, then from the cache.</summary>
    public string Initials(string personId, string name) =>
        drawn.GetOrCreate((personId, name), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromDays(1);
            return "data:image/png;base64," + Convert.ToBase64String(InitialsAvatar.Draw(personId, name));
        })!;

    public void Dispose() => drawn.Dispose();

    private async Task<string?> PhotoAsync(string tenantId, string personId, CancellationToken cancellationToken)
    {
        try
        {
            var photo = await photos.GetAsync(tenantId, personId, cancellationToken);
            return photo is { Bytes.Length: > 0 and <= MaxPhotoBytes } && ImageTypes.Contains(photo.ContentType, StringComparer.OrdinalIgnoreCase)
                ? $"data:{photo.ContentType.ToLowerInvariant()};base64,{Convert.ToBase64String(photo.Bytes.Span)}"
                : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A photo is a nicety: the card goes out with initials rather than not at all.
            LogPhotoUnavailable(logger, ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(EventId = EventIds.Conversation.PhotoUnavailable, Level = LogLevel.Warning, Message = "A photo could not be read ({Exception}); initials are shown instead")]
    private static partial void LogPhotoUnavailable(ILogger logger, string exception);
}
