using ExpertBot.Expertise;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Person = ExpertBot.Expertise.Person;
using Microsoft.Kiota.Abstractions;
using ExpertBot.Hosting;

namespace ExpertBot.Graph;

/// <summary>
/// People from /users. First run: take a delta token "from now" ($deltatoken=latest), list /users 999 at a time,
/// then keep the token; later runs follow /users/delta from it. 410 Gone (tokens last about 7 days) starts
/// a full list again. Profile fields come from SharePoint and only per user, so they are read in $batch
/// requests for new and changed people, and for everyone every ProfileRefreshDays.
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
        catch (ApiException ex) when (ex.ResponseStatusCode == 410)
        {
            LogResync(logger, Source);
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
            var everyone = context.State.PersonIds().Select(context.State.FindPerson).OfType<Person>().ToList();
            await context.SavePeopleAsync(await WithProfilesAsync(everyone, cancellationToken), cancellationToken);
            await context.Checkpoints.SaveAsync(context.TenantId, new SyncCheckpoint(ProfilesSource, CompletedAt: time.GetUtcNow()), cancellationToken);
        }
    }

    /// <summary>Follows the delta (or lists everyone); true when everyone was listed in this run, profiles included.</summary>
    private async Task<bool> SyncAsync(SyncCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var full = checkpoint.DeltaLink is null;
        var resumed = checkpoint.NextLink is not null;
        string? next = checkpoint.NextLink;
        var pending = checkpoint.PendingDeltaLink;
        if (full && next is null)
        {
            // The token is taken before listing, so changes made while listing come with the next delta.
            var latest = await context.Client.Users.Delta.WithUrl($"{context.BaseUrl}/users/delta?$select={string.Join(',', UserFields)}&$deltatoken=latest")
                .GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
            pending = latest?.OdataDeltaLink ?? throw new InvalidOperationException("users/delta gave no delta link");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? deltaLink = null;
        while (true)
        {
            List<User> users;
            if (full)
            {
                var page = next is null
                    ? await context.Client.Users.GetAsync(r => { r.QueryParameters.Select = UserFields; r.QueryParameters.Top = 999; }, cancellationToken)
                    : await context.Client.Users.WithUrl(next).GetAsync(cancellationToken: cancellationToken);
                users = page?.Value ?? [];
                next = page?.OdataNextLink;
            }
            else
            {
                var page = await context.Client.Users.Delta.WithUrl(next ?? checkpoint.DeltaLink!).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
                users = page?.Value ?? [];
                next = page?.OdataNextLink;
                deltaLink = page?.OdataDeltaLink;
            }

            await ApplyAsync(users, seen, cancellationToken);
            context.Report("people");
            if (next is null)
            {
                break;
            }

            await context.Checkpoints.SaveAsync(context.TenantId, checkpoint with { NextLink = next, PendingDeltaLink = pending }, cancellationToken);
        }

        if (full && !resumed)
        {
            // A complete list: whoever is stored but was not listed has left (or was disabled) meanwhile.
            foreach (var id in context.State.PersonIds().Where(id => !seen.Contains(id)))
            {
                await context.RemovePersonAsync(id, cancellationToken);
            }
        }

        await context.Checkpoints.SaveAsync(
            context.TenantId,
            new SyncCheckpoint(Source, DeltaLink: full ? pending : deltaLink ?? checkpoint.DeltaLink, CompletedAt: time.GetUtcNow()),
            cancellationToken);
        return full && !resumed;
    }

    private async Task ApplyAsync(List<User> users, HashSet<string> seen, CancellationToken cancellationToken)
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

            var old = context.State.FindPerson(user.Id);
            if (user.AdditionalData?.ContainsKey("@removed") == true || user.AccountEnabled == false
                || (user.UserType == "Guest" && !context.Options.IncludeGuests))
            {
                await context.RemovePersonAsync(user.Id, cancellationToken);
                continue;
            }

            var person = Merge(old, user);
            if (person is null || IsServiceAccount(person) || context.IsForgotten(person.Id))
            {
                await context.RemovePersonAsync(user.Id, cancellationToken);
                continue;
            }

            seen.Add(person.Id);
            changed.Add(person);
        }

        // Only new and changed people need their profile read now; the periodic refresh reads everyone.
        await context.SavePeopleAsync(await WithProfilesAsync(changed, cancellationToken), cancellationToken);
    }

    private bool IsServiceAccount(Person p) =>
        context.Options.ServiceAccounts.Any(s => string.Equals(s, p.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(s, p.UserPrincipalName, StringComparison.OrdinalIgnoreCase))
        || (context.Options.SkipAccountsWithoutMailOrDepartment && string.IsNullOrWhiteSpace(p.Mail) && string.IsNullOrWhiteSpace(p.Department));

    /// <summary>Delta answers may carry only the changed properties: anything absent keeps its stored value.</summary>
    private static Person? Merge(Person? old, User u)
    {
        var name = u.DisplayName ?? old?.DisplayName;
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return (old ?? new Person { Id = u.Id!, DisplayName = name }) with
        {
            DisplayName = name,
            Mail = u.Mail ?? old?.Mail,
            UserPrincipalName = u.UserPrincipalName ?? old?.UserPrincipalName,
            JobTitle = u.JobTitle ?? old?.JobTitle,
            Department = u.Department ?? old?.Department,
            OfficeLocation = u.OfficeLocation ?? old?.OfficeLocation,
            PreferredLanguage = u.PreferredLanguage ?? old?.PreferredLanguage,
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

    [LoggerMessage(EventId = EventIds.Graph.PeopleResync, Level = LogLevel.Warning, Message = "{Source}: delta token expired or invalid (410 Gone); syncing everything again")]
    private static partial void LogResync(ILogger logger, string source);

    [LoggerMessage(EventId = EventIds.Graph.PeopleMalformed, Level = LogLevel.Warning, Message = "Skipped a malformed Graph item: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string reason);
}
