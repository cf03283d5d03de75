
namespace ExpertBot.Expertise;

/// <summary>
/// What could be a digest topic: each lexicon topic with its names, and each phrase of the organisation's own
/// vocabulary (skills and endorsed topics) the lexicon does not know, with how people spell it (profile
/// spellings, the tidier ones, count more).
/// </summary>
internal sealed class TopicCandidates
{
    private const int ProfileSpelling = 10;
    private readonly List<(TopicEntry? Entry, Dictionary<string, int> Spellings)> candidates = [];

    private TopicCandidates()
    {
    }

    /// <summary>Each phrase key to its candidate.</summary>
    public Dictionary<string, int> OfPhrase { get; } = new(StringComparer.Ordinal);

    public int Count => candidates.Count;

    public static TopicCandidates Collect(Organisation organisation, TopicLexicon lexicon, int maxTerms)
    {
        var result = new TopicCandidates();
        foreach (var entry in lexicon.Topics)
        {
            var c = result.candidates.Count;
            result.candidates.Add((entry, new Dictionary<string, int>(StringComparer.Ordinal)));
            foreach (var name in entry.Aliases.Prepend(entry.French).Prepend(entry.English))
            {
                // The first entry to claim a name keeps it, as in the lexicon: curated entries before learned ones.
                if (PhraseIndex.Key(name, maxTerms) is { } key)
                {
                    result.OfPhrase.TryAdd(key, c);
                }
            }
        }

        foreach (var person in organisation.People)
        {
            // Skills, not interests: interests are mostly pastimes ("Reading", "Running") that work text uses as plain words.
            foreach (var skill in person.Skills)
            {
                result.Add(skill, ProfileSpelling, maxTerms);
            }
        }

        foreach (var endorsement in organisation.Endorsements)
        {
            result.Add(endorsement.Topic, 1, maxTerms);
        }

        return result;
    }

    public TopicEntry? Entry(int candidate) => candidates[candidate].Entry;

    /// <summary>The topic a cluster of candidates makes, named after its main one.</summary>
    public CatalogueTopic Topic(int main, IReadOnlyList<int> members)
    {
        var phrases = members.SelectMany(m => candidates[m].Entry is { } e ? [e.English] : candidates[m].Spellings.Count > 0 ? [Spelling(m)] : Array.Empty<string>())
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return candidates[main].Entry is { } entry
            ? new CatalogueTopic(entry.English, phrases) { French = entry.French, Key = entry.Key }
            : new CatalogueTopic(Spelling(main), phrases);
    }

    private string Spelling(int candidate) =>
        candidates[candidate].Spellings.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;

    private void Add(string raw, int weight, int maxTerms)
    {
        if (PhraseIndex.Key(raw, maxTerms) is not { } key)
        {
            return;
        }

        if (!OfPhrase.TryGetValue(key, out var c))
        {
            OfPhrase[key] = c = candidates.Count;
            candidates.Add((null, new Dictionary<string, int>(StringComparer.Ordinal)));
        }

        var spelling = raw.Trim();
        candidates[c].Spellings[spelling] = candidates[c].Spellings.GetValueOrDefault(spelling) + weight;
    }
}
