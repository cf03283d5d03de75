using ExpertBot.Expertise;
using ExpertBot.Hosting;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Person = ExpertBot.Expertise.Person;

namespace ExpertBot.Graph;

/// <summary>
/// People from /users. First run: take a delta token "from now" ($deltatoken=latest), list /users 999 at a time,
/// then keep the token; later runs follow /users/delta from it. An expired token (users delta answers 400
/// syncStateNotFound after about 7 days; 410 Gone is handled the same way) starts a full list again. Profile fields
/// come from SharePoint and only per user, so they are read in $batch requests for new and changed people, and for
/// everyone every ProfileRefreshDays. A disabled or deleted account is kept inactive (out of every result) and erased
/// InactiveGraceDays later, so a leave of absence or a restored deletion does not lose anyone's history.
/// </summary>
internal sealed partial class PeopleSync(SyncContext context, TimeProvider time, ILogger logger)
{
    public const string Source = "users";
    public const string ProfilesSource = "profiles";
    private static readonly string[] UserFields =
        ["id", "displayName", "mail", "userPrincipalName", "jobTitle", "department", "officeLocation", "preferredLanguage", "accountEnabled", "userType"];

    private static readonly string[] ProfileFields = ["id", "aboutMe", "skills", "interests", "responsibilities", "pastProjects", "schools"];

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var checkpoint = await context.Checkpoints.GetAsync(context.TenantId, Source, cancellationToken);
        bool listedEveryone;
        try
        {
            listedEveryone = await SyncAsync(checkpoint, cancellationToken);
        }
        catch (ApiException ex) when (checkpoint.DeltaLink is not null && IsExpiredToken(ex))
        {
            LogResync(logger, Source, ex.ResponseStatusCode);
            listedEveryone = await SyncAsync(new SyncCheckpoint(Source), cancellationToken);
        }

        var profiles = await context.Checkpoints.GetAsync(context.TenantId, ProfilesSource, cancellationToken);
        if (listedEveryone)
        {
            // A complete list has just read every profile.
            await context.Checkpoints.SaveAsync(context.TenantId, new SyncCheckpoint(ProfilesSource, CompletedAt: time.GetUtcNow()), cancellationToken);
        }
        else if (profiles.CompletedAt is not { } at || time.GetUtcNow() - at > TimeSpan.FromDays(context.Options.ProfileRefreshDays))
        {
            context.Report("profiles");
            var everyone = context.State.PersonIds().Select(context.State.FindPerson).OfType<Person>().Where(p => p.InactiveSince is null).ToList();
            await context.SavePeopleAsync(await WithProfilesAsync(everyone, cancellationToken), cancellationToken);
            await context.Checkpoints.SaveAsync(context.TenantId, new SyncCheckpoint(ProfilesSource, CompletedAt: time.GetUtcNow()), cancellationToken);
        }

        await EraseAfterGraceAsync(cancellationToken);
    }

    /// <summary>
    /// users delta answers an expired or unknown token with 400 and code syncStateNotFound
    /// (https://devblogs.microsoft.com/microsoft365dev/duration-of-change-tracking-tokens-for-identity-and-education-resources/);
    /// 410 Gone is what other delta resources answer, and is taken the same way.
    /// </summary>
    private static bool IsExpiredToken(ApiException ex) =>
        ex.ResponseStatusCode == 410
        || (ex.ResponseStatusCode == 400 && ex is ODataError { Error.Code: { } code } && code.Equals("syncStateNotFound", StringComparison.OrdinalIgnoreCase));

    /// <summary>Follows the delta (or lists everyone); true when everyone was listed in this run, profiles included.</summary>
    private async Task<bool> SyncAsync(SyncCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var full = checkpoint.DeltaLink is null;
        var resumed = checkpoint.NextLink is not null;
        string? next = checkpoint.NextLink;
        var pending = checkpoint.PendingDeltaLink;
        var adapter = context.Client.RequestAdapter;
        if (full && next is null)
        {
            // The token is taken before listing, so changes made while listing come with the next delta.
            var latest = await UserRecord.GetPageAsync(adapter, $"{context.BaseUrl}/users/delta?$select={string.Join(',', UserFields)}&$deltatoken=latest", cancellationToken);
            pending = latest.DeltaLink ?? throw new InvalidOperationException("users/delta gave no delta link");
            next = $"{context.BaseUrl}/users?$select={string.Join(',', UserFields)}&$top=999";
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? deltaLink = null;
        while (true)
        {
            var page = await UserRecord.GetPageAsync(adapter, next ?? checkpoint.DeltaLink!, cancellationToken);
            next = page.NextLink;
            deltaLink = page.DeltaLink;
            await ApplyAsync(page.Users, seen, complete: full, cancellationToken);
            context.Report("people");
            if (next is null)
            {
                break;
            }

            await context.Checkpoints.SaveAsync(context.TenantId, checkpoint with { NextLink = next, PendingDeltaLink = pending }, cancellationToken);
        }

        if (full && !resumed)
        {
            // A complete list: whoever is stored but was not listed was deleted meanwhile (a soft-deleted user can be
            // restored for 30 days): inactive from now, erased after the grace period.
            foreach (var id in context.State.PersonIds().Where(id => !seen.Contains(id)))
            {
                await MarkInactiveAsync(id, cancellationToken);
            }
        }

        await context.Checkpoints.SaveAsync(
            context.TenantId,
            new SyncCheckpoint(Source, DeltaLink: full ? pending : deltaLink ?? checkpoint.DeltaLink, CompletedAt: time.GetUtcNow()),
            cancellationToken);
        return full && !resumed;
    }

    private async Task ApplyAsync(List<UserRecord> users, HashSet<string> seen, bool complete, CancellationToken cancellationToken)
    {
        var changed = new List<Person>();
        foreach (var user in users)
        {
            if (string.IsNullOrWhiteSpace(user.Id))
            {
                LogMalformed(logger, "user without id");
                context.Skipped();
                continue;
            }

            seen.Add(user.Id);
            var old = context.State.FindPerson(user.Id);
            // A delta record without accountEnabled leaves the account as it was.
            if (user.Removed || user.AccountEnabled == false || (user.AccountEnabled is null && old?.InactiveSince is not null))
            {
                await MarkInactiveAsync(user.Id, cancellationToken);
                continue;
            }

            if (user.Pick("userType", null, complete: true) == "Guest" && !context.Options.IncludeGuests)
            {
                await context.RemovePersonAsync(user.Id, cancellationToken);
                continue;
            }

            var person = Merge(old, user, complete);
            if (person is null || IsServiceAccount(person) || context.IsForgotten(person.Id))
            {
                await context.RemovePersonAsync(user.Id, cancellationToken);
                continue;
            }

            changed.Add(person);
        }

        // Only new and changed people need their profile read now; the periodic refresh reads everyone.
        await context.SavePeopleAsync(await WithProfilesAsync(changed, cancellationToken), cancellationToken);
    }

    /// <summary>Someone stored who is now disabled or deleted: kept with their evidence, out of every result; never-synced accounts stay unsynced.</summary>
    private async Task MarkInactiveAsync(string id, CancellationToken cancellationToken)
    {
        if (context.State.FindPerson(id) is { InactiveSince: null } person)
        {
            LogInactive(logger, id, context.Options.InactiveGraceDays);
            await context.SavePeopleAsync([person with { InactiveSince = time.GetUtcNow() }], cancellationToken);
        }
    }

    private async Task EraseAfterGraceAsync(CancellationToken cancellationToken)
    {
        var grace = TimeSpan.FromDays(context.Options.InactiveGraceDays);
        var now = time.GetUtcNow();
        foreach (var id in context.State.PersonIds())
        {
            if (context.State.FindPerson(id) is { InactiveSince: { } since } && now - since >= grace)
            {
                LogErased(logger, id);
                await context.RemovePersonAsync(id, cancellationToken);
            }
        }
    }

    private bool IsServiceAccount(Person p) =>
        context.Options.ServiceAccounts.Any(s => string.Equals(s, p.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(s, p.UserPrincipalName, StringComparison.OrdinalIgnoreCase))
        || (context.Options.SkipAccountsWithoutMailOrDepartment && string.IsNullOrWhiteSpace(p.Mail) && string.IsNullOrWhiteSpace(p.Department));

    /// <summary>A property absent from a delta record keeps its stored value; one present as null was cleared and is cleared here.</summary>
    private static Person? Merge(Person? old, UserRecord u, bool complete)
    {
        var name = u.Pick("displayName", old?.DisplayName, complete);
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return (old ?? new Person { Id = u.Id!, DisplayName = name }) with
        {
            DisplayName = name,
            Mail = u.Pick("mail", old?.Mail, complete),
            UserPrincipalName = u.Pick("userPrincipalName", old?.UserPrincipalName, complete),
            JobTitle = u.Pick("jobTitle", old?.JobTitle, complete),
            Department = u.Pick("department", old?.Department, complete),
            OfficeLocation = u.Pick("officeLocation", old?.OfficeLocation, complete),
            PreferredLanguage = u.Pick("preferredLanguage", old?.PreferredLanguage, complete),
            InactiveSince = null,
        };
    }

    /// <summary>The people with their profile fields as Graph has them now; someone whose profile could not be read keeps the stored one.</summary>
    private async Task<List<Person>> WithProfilesAsync(List<Person> people, CancellationToken cancellationToken)
    {
        if (people.Count == 0)
        {
            return people;
        }

        var requests = people.Select(p => (p.Id, context.Client.Users[p.Id].ToGetRequestInformation(r => r.QueryParameters.Select = ProfileFields))).ToList();
        var profiles = await GraphBatch.GetAsync<User>(context.Client, requests, context.Options.MaxRetries, time, logger, cancellationToken);
        var updated = new List<Person>(people.Count);
        foreach (var p in people)
        {
            if (!profiles.TryGetValue(p.Id, out var u))
            {
                updated.Add(p);
            }
            else
            {
                updated.Add(p with
                {
                    AboutMe = HtmlText.Strip(u.AboutMe) is { Length: > 0 } about ? about : null,
                    Skills = u.Skills ?? [],
                    Interests = u.Interests ?? [],
                    Responsibilities = u.Responsibilities ?? [],
                    PastProjects = u.PastProjects ?? [],
                    Schools = u.Schools ?? [],
                });
            }
        }

        return updated;
    }

    [LoggerMessage(EventId = EventIds.Graph.PeopleResync, Level = LogLevel.Warning, Message = "{Source}: delta token expired or invalid ({Status}); syncing everything again")]
    private static partial void LogResync(ILogger logger, string source, int status);

    [LoggerMessage(EventId = EventIds.Graph.PeopleMalformed, Level = LogLevel.Warning, Message = "Skipped a malformed Graph item: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string reason);

    [LoggerMessage(EventId = EventIds.Graph.PeopleInactive, Level = LogLevel.Information, Message = "Person {PersonId} is disabled or deleted: kept inactive, erased after {GraceDays} days unless back")]
    private static partial void LogInactive(ILogger logger, string personId, int graceDays);

    [LoggerMessage(EventId = EventIds.Graph.PeopleErased, Level = LogLevel.Information, Message = "Person {PersonId} was inactive for the whole grace period: erased with their evidence")]
    private static partial void LogErased(ILogger logger, string personId);
}
