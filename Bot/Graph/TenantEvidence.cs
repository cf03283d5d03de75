using ExpertBot.Expertise;

namespace ExpertBot.Graph;

/// <summary>
/// The tenant's synced people and evidence in memory, mirroring the Evidence table. The sync changes it page by
/// page (after the store), and an index is rebuilt from it without downloading anything again.
/// Graph evidence ids are "itemKey#personId": one Graph item (a document, a message) can be evidence for
/// several people (creator, last editor), and a deletion in Graph names only the item.
/// </summary>
internal sealed class TenantEvidence
{
    private readonly Dictionary<string, Person> people = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EvidenceItem> items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> idsByItemKey = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public TenantEvidence(IEnumerable<Person> people, IEnumerable<EvidenceItem> items)
    {
        foreach (var p in people)
        {
            this.people[p.Id] = p;
        }

        foreach (var i in items)
        {
            Add(i);
        }
    }

    public int PeopleCount => people.Count;

    public int ItemCount => items.Count;

    public static string ItemKeyOf(string evidenceId) => evidenceId.LastIndexOf('#') is var at and > 0 ? evidenceId[..at] : evidenceId;

    public static string EvidenceId(string itemKey, string personId) => $"{itemKey}#{personId}";

    public Person? FindPerson(string id)
    {
        lock (gate)
        {
            return people.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<string> PersonIds()
    {
        lock (gate)
        {
            return [.. people.Keys];
        }
    }

    public void SetPerson(Person person)
    {
        lock (gate)
        {
            people[person.Id] = person;
        }
    }

    /// <summary>Removes the person and returns their evidence (also removed).</summary>
    public IReadOnlyList<EvidenceItem> RemovePerson(string personId)
    {
        lock (gate)
        {
            people.Remove(personId);
            var theirs = items.Values.Where(i => string.Equals(i.PersonId, personId, StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var i in theirs)
            {
                Remove(i);
            }

            return theirs;
        }
    }

    public void SetItems(IEnumerable<EvidenceItem> changed)
    {
        lock (gate)
        {
            foreach (var i in changed)
            {
                Add(i);
            }
        }
    }

    /// <summary>Every evidence item of the given Graph items (a document, a message).</summary>
    public IReadOnlyList<EvidenceItem> ItemsOf(IEnumerable<string> itemKeys)
    {
        lock (gate)
        {
            return [.. itemKeys.SelectMany(key => idsByItemKey.TryGetValue(key, out var ids) ? ids.Select(id => items[id]) : [])];
        }
    }

    public void RemoveItems(IEnumerable<EvidenceItem> removed)
    {
        lock (gate)
        {
            foreach (var item in removed)
            {
                if (items.TryGetValue(item.Id, out var current))
                {
                    Remove(current);
                }
            }
        }
    }

    /// <summary>Item keys starting with a source prefix (e.g. one drive), for reconciling after a full resync.</summary>
    public IReadOnlyList<string> ItemKeysStartingWith(string prefix)
    {
        lock (gate)
        {
            return [.. idsByItemKey.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))];
        }
    }

    /// <summary>What an index is built from: active people and their evidence (inactive people wait for erasure out of every result).</summary>
    public Organisation ToOrganisation()
    {
        lock (gate)
        {
            return new Organisation(
                [.. people.Values.Where(p => p.InactiveSince is null)],
                [.. items.Values.Where(i => people.TryGetValue(i.PersonId, out var p) && p.InactiveSince is null)],
                []);
        }
    }

    /// <summary>Stored evidence items per source name ("team:Platform/General"), for the sync status.</summary>
    public IReadOnlyDictionary<string, int> CountItemsBySource()
    {
        lock (gate)
        {
            return items.Values.Where(i => i.Source is not null).GroupBy(i => i.Source!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }
    }

    public int ActivePeopleCount()
    {
        lock (gate)
        {
            return people.Values.Count(p => p.InactiveSince is null);
        }
    }

    private void Add(EvidenceItem item)
    {
        if (items.TryGetValue(item.Id, out var old))
        {
            Remove(old);
        }

        items[item.Id] = item;
        var key = ItemKeyOf(item.Id);
        if (!idsByItemKey.TryGetValue(key, out var ids))
        {
            idsByItemKey[key] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(item.Id);
    }

    private void Remove(EvidenceItem item)
    {
        items.Remove(item.Id);
        var key = ItemKeyOf(item.Id);
        if (idsByItemKey.TryGetValue(key, out var ids) && ids.Remove(item.Id) && ids.Count == 0)
        {
            idsByItemKey.Remove(key);
        }
    }
}
