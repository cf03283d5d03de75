using System.Collections.Concurrent;
using ExpertBot.Expertise;
using ExpertBot.Presence;
using Microsoft.Graph;

namespace ExpertBot.Graph;

/// <summary>
/// One run's shared state and the only way the readers change evidence: through here every write goes to the
/// store first and then to memory, forgotten people are never stored, and private items are dropped unless
/// StorePrivateItems.
/// </summary>
internal sealed class SyncContext(
    string tenantId,
    GraphOptions options,
    GraphServiceClient client,
    string baseUrl,
    TenantEvidence state,
    IReadOnlySet<string> forgotten,
    GraphEvidenceStore store,
    PhotoStore photos,
    SyncCheckpointStore checkpoints,
    IProgress<SyncProgress>? progress)
{
    private readonly ConcurrentDictionary<string, bool> saved = new(StringComparer.OrdinalIgnoreCase);
    private int peopleChanged;
    private int peopleRemoved;
    private int itemsStored;
    private int itemsRemoved;
    private int skipped;

    public string TenantId => tenantId;

    public GraphOptions Options => options;

    public GraphServiceClient Client => client;

    public string BaseUrl => baseUrl;

    public TenantEvidence State => state;

    public SyncCheckpointStore Checkpoints => checkpoints;

    public PhotoStore Photos => photos;

    /// <summary>Whether the person was stored new or changed in this run (their photo is read again).</summary>
    public bool WasSaved(string personId) => saved.ContainsKey(personId);

    public bool IsForgotten(string personId) => forgotten.Contains(personId);

    public void Skipped() => Interlocked.Increment(ref skipped);

    public void Report(string stage) => progress?.Report(new SyncProgress(stage, state.PeopleCount, itemsStored, itemsRemoved));

    public async Task SavePeopleAsync(IReadOnlyList<Person> people, CancellationToken cancellationToken = default)
    {
        var kept = people.Where(p => !IsForgotten(p.Id)).ToList();
        await store.SavePeopleAsync(tenantId, kept, cancellationToken);
        foreach (var p in kept)
        {
            state.SetPerson(p);
            saved[p.Id] = true;
        }

        Interlocked.Add(ref peopleChanged, kept.Count);
    }

    public async Task RemovePersonAsync(string personId, CancellationToken cancellationToken = default)
    {
        if (state.FindPerson(personId) is null)
        {
            return;
        }

        await store.EraseAsync(tenantId, personId, cancellationToken);
        await photos.EraseAsync(tenantId, personId, cancellationToken);
        Interlocked.Add(ref itemsRemoved, state.RemovePerson(personId).Count);
        Interlocked.Increment(ref peopleRemoved);
    }

    /// <summary>Stores evidence of known people only: not of forgotten, skipped (guests, service accounts) or unknown ones.</summary>
    public async Task SaveItemsAsync(IEnumerable<EvidenceItem> items, CancellationToken cancellationToken = default)
    {
        var kept = items
            .Where(i => state.FindPerson(i.PersonId) is not null && !IsForgotten(i.PersonId))
            .Where(i => i.Visibility == Visibility.Organization || options.StorePrivateItems)
            .ToList();
        if (kept.Count == 0)
        {
            return;
        }

        await store.SaveItemsAsync(tenantId, kept, cancellationToken);
        state.SetItems(kept);
        Interlocked.Add(ref itemsStored, kept.Count);
    }

    public async Task RemoveItemKeysAsync(IEnumerable<string> itemKeys, CancellationToken cancellationToken = default)
    {
        // The store first: if the delete fails, the page fails and is read again from its checkpoint.
        var removed = state.ItemsOf(itemKeys);
        if (removed.Count > 0)
        {
            await store.DeleteItemsAsync(tenantId, removed, cancellationToken);
            state.RemoveItems(removed);
            Interlocked.Add(ref itemsRemoved, removed.Count);
        }
    }

    public SyncReport ToReport(IReadOnlyList<SyncSourceStatus> failing) =>
        new(state.ActivePeopleCount(), state.ItemCount, peopleChanged, peopleRemoved, itemsStored, itemsRemoved, skipped, failing);
}
