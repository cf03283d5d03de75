namespace ExpertBot.Expertise;

/// <summary>
/// The first ranking: BM25 over evidence items (a title counts twice its words), a person scoring the sum of
/// their best-matching items (the "document model" of expertise retrieval). Private items are never indexed
/// for display and never returned as evidence.
/// </summary>
internal sealed class ExpertIndex
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;
    private const float TitleWeight = 2f;
    private const int ItemsPerPerson = 10;
    private const int EvidenceShown = 3;

    private readonly Person[] people;
    private readonly EvidenceItem[] items;
    private readonly int[] itemPerson;
    private readonly float[] itemLength;
    private readonly float averageLength;
    private readonly Dictionary<string, Posting[]> postings;
    private readonly Dictionary<string, Person> peopleById;

    private ExpertIndex(Person[] people, EvidenceItem[] items, int[] itemPerson, float[] itemLength, Dictionary<string, Posting[]> postings)
    {
        this.people = people;
        this.items = items;
        this.itemPerson = itemPerson;
        this.itemLength = itemLength;
        this.postings = postings;
        averageLength = itemLength.Length == 0 ? 1f : Math.Max(1f, itemLength.Average());
        peopleById = people.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
    }

    public int PeopleCount => people.Length;

    public int ItemCount => items.Length;

    public Person? FindPerson(string id) => peopleById.GetValueOrDefault(id);

    /// <summary>People whose display name is, or starts with, the given name (accents and case ignored).</summary>
    public IReadOnlyList<Person> FindPeopleByName(string name)
    {
        var wanted = TextAnalyzer.Fold(name).Trim();
        if (wanted.Length == 0)
        {
            return [];
        }

        var exact = people.Where(p => TextAnalyzer.Fold(p.DisplayName) == wanted).ToArray();
        return exact.Length > 0 ? exact : [.. people.Where(p => TextAnalyzer.Fold(p.DisplayName).StartsWith(wanted + " ", StringComparison.Ordinal))];
    }

    public static ExpertIndex Build(Organisation organisation)
    {
        var people = organisation.People.ToArray();
        var personIndex = new Dictionary<string, int>(people.Length, StringComparer.Ordinal);
        for (var i = 0; i < people.Length; i++)
        {
            personIndex[people[i].Id] = i;
        }

        var items = new List<EvidenceItem>();
        var owners = new List<int>();
        var lengths = new List<float>();
        var building = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var titleTerms = new List<string>();
        var bodyTerms = new List<string>();
        var frequencies = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var item in organisation.Signals)
        {
            // Private items are not searchable: a person found only through them could not be explained.
            if (item.Visibility == Visibility.Private || !personIndex.TryGetValue(item.PersonId, out var owner))
            {
                continue;
            }

            titleTerms.Clear();
            bodyTerms.Clear();
            frequencies.Clear();
            TextAnalyzer.AddTerms(item.Title, titleTerms);
            TextAnalyzer.AddTerms(item.Text, bodyTerms);
            foreach (var term in titleTerms)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + TitleWeight;
            }

            foreach (var term in bodyTerms)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1f;
            }

            var itemId = items.Count;
            items.Add(item);
            owners.Add(owner);
            lengths.Add(titleTerms.Count * TitleWeight + bodyTerms.Count);
            foreach (var (term, frequency) in frequencies)
            {
                if (!building.TryGetValue(term, out var list))
                {
                    building[term] = list = [];
                }

                list.Add(new Posting(itemId, frequency));
            }
        }

        var postings = building.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        return new ExpertIndex(people, [.. items], [.. owners], [.. lengths], postings);
    }

    public IReadOnlyList<ExpertMatch> Search(string topic, int top = 10)
    {
        var terms = TextAnalyzer.Terms(topic).Distinct(StringComparer.Ordinal).ToArray();
        if (terms.Length == 0 || top <= 0)
        {
            return [];
        }

        var itemScores = new Dictionary<int, float>();
        foreach (var term in terms)
        {
            if (!postings.TryGetValue(term, out var list))
            {
                continue;
            }

            var idf = (float)Math.Log(1 + (items.Length - list.Length + 0.5) / (list.Length + 0.5));
            foreach (var posting in list)
            {
                var norm = K1 * (1 - B + B * itemLength[posting.Item] / averageLength);
                var score = idf * posting.Frequency * (K1 + 1) / (posting.Frequency + norm);
                itemScores[posting.Item] = itemScores.GetValueOrDefault(posting.Item) + score;
            }
        }

        return itemScores
            .GroupBy(s => itemPerson[s.Key])
            .Select(group =>
            {
                var best = group.OrderByDescending(s => s.Value).Take(ItemsPerPerson).ToArray();
                var evidence = best.Take(EvidenceShown).Select(s => new EvidenceHit(items[s.Key], s.Value)).ToArray();
                return new ExpertMatch(people[group.Key], best.Sum(s => s.Value), evidence);
            })
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Person.DisplayName, StringComparer.Ordinal)
            .Take(top)
            .ToArray();
    }

    private readonly record struct Posting(int Item, float Frequency);
}
