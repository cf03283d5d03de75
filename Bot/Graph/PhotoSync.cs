using System.Net;
using ExpertBot.Expertise;
using ExpertBot.Hosting;
using ExpertBot.Presence;
using Microsoft.Kiota.Abstractions;

namespace ExpertBot.Graph;

/// <summary>
/// People's 48x48 photos (GET /users/{id}/photos/48x48/$value, https://learn.microsoft.com/graph/api/profilephoto-get),
/// read 20 a $batch for the people stored new or changed in this run, for those never asked, and for everyone every
/// ProfileRefreshDays (a new photo changes nothing users/delta reports). 404 (ImageNotFound: no photo, or no mailbox to
/// hold one) deletes a stored photo. One photo that cannot be read (another 4xx, an unusable body) keeps what is stored
/// and is asked again at the next refresh; one still throttled after the retries is asked at the next run. Only when
/// every answer is 401 or 403 does the source fail (a missing permission): <see cref="SyncSources"/> records it and backs off.
/// </summary>
internal sealed partial class PhotoSync(SyncContext context, TimeProvider time, ILogger logger)
{
    public const string Source = "photos";
    public const string Size = "48x48";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var (tenantId, photos) = (context.TenantId, context.Photos);
        var stored = await photos.ListAsync(tenantId, cancellationToken);
        // Rows of people the sync does not keep (a removal interrupted before its photo went): deleted now.
        await photos.DeleteAsync(tenantId, stored.Keys.Where(id => context.State.FindPerson(id) is null).ToList(), cancellationToken);

        var now = time.GetUtcNow();
        var refresh = TimeSpan.FromDays(context.Options.ProfileRefreshDays);
        var due = context.State.PersonIds()
            .Select(context.State.FindPerson).OfType<Person>()
            .Where(p => p.InactiveSince is null && !context.IsForgotten(p.Id))
            .Where(p => context.WasSaved(p.Id) || !stored.TryGetValue(p.Id, out var s) || now - s.CheckedAt >= refresh)
            .Select(p => p.Id)
            .ToList();
        if (due.Count == 0)
        {
            return;
        }

        var requests = due.Select(id => (id, context.Client.Users[id].Photos[Size].Content.ToGetRequestInformation())).ToList();
        var answers = await GraphBatch.GetAnswersAsync(context.Client, requests, context.Options.MaxRetries, time, logger, cancellationToken);
        if (answers.Count > 0 && answers.Values.All(a => a.Status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized))
        {
            // The permission is missing: nothing is marked as asked, so everyone is asked again once it is granted.
            throw new ApiException("Every photo read was refused") { ResponseStatusCode = (int)answers.Values.First().Status };
        }

        var (saved, removed, kept) = (0, 0, 0);
        foreach (var (id, answer) in answers)
        {
            var before = stored.GetValueOrDefault(id);
            switch (Outcome(answer))
            {
                case PhotoOutcome.Photo:
                    var bytes = answer.Bytes()!;
                    if (before?.Hash == PhotoStore.HashOf(bytes))
                    {
                        await photos.TouchAsync(tenantId, id, before, now, cancellationToken);
                    }
                    else if (await photos.SaveAsync(tenantId, id, new PersonPhoto(bytes, answer.ContentType!), before, now, cancellationToken))
                    {
                        saved++;
                    }

                    break;
                case PhotoOutcome.None:
                    if (before?.Hash is null && before is not null)
                    {
                        await photos.TouchAsync(tenantId, id, before, now, cancellationToken);
                    }
                    else if (await photos.SaveAsync(tenantId, id, null, before, now, cancellationToken) && before is not null)
                    {
                        removed++;
                    }

                    break;
                case PhotoOutcome.Unusable:
                    LogSkipped(logger, id, (int)answer.Status, answer.ContentType ?? "none");
                    if (before is null)
                    {
                        await photos.SaveAsync(tenantId, id, null, null, now, cancellationToken);
                    }
                    else
                    {
                        await photos.TouchAsync(tenantId, id, before, now, cancellationToken);
                    }

                    kept++;
                    break;
                default:
                    // Still throttled or failing after the retries: not marked, so asked again at the next run.
                    kept++;
                    break;
            }
        }

        LogSynced(logger, tenantId, due.Count, saved, removed, kept);
    }

    private static PhotoOutcome Outcome(BatchAnswer answer) => answer.Status switch
    {
        HttpStatusCode.OK => answer.Bytes() is { } bytes && PhotoStore.CanStore(bytes, answer.ContentType) ? PhotoOutcome.Photo : PhotoOutcome.Unusable,
        HttpStatusCode.NotFound => PhotoOutcome.None,
        HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout => PhotoOutcome.Later,
        >= HttpStatusCode.InternalServerError => PhotoOutcome.Later,
        _ => PhotoOutcome.Unusable,
    };

    private enum PhotoOutcome
    {
        Photo,
        None,
        Unusable,
        Later,
    }

    [LoggerMessage(EventId = EventIds.Graph.PhotosSynced, Level = LogLevel.Information, Message = "Photos of {TenantId}: {Asked} asked, {Saved} new or changed, {Removed} removed, {Kept} kept as they were")]
    private static partial void LogSynced(ILogger logger, string tenantId, int asked, int saved, int removed, int kept);

    [LoggerMessage(EventId = EventIds.Graph.PhotoSkipped, Level = LogLevel.Warning, Message = "The photo of {PersonId} could not be used (status {Status}, content type {ContentType}); the stored one is kept and asked again at the next refresh")]
    private static partial void LogSkipped(ILogger logger, string personId, int status, string contentType);
}
