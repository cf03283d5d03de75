using System.Runtime.CompilerServices;

namespace ExpertBot.Expertise;

/// <summary>
/// What an index holds of an organisation's evidence, fixed once built: the people, their items grouped by owner
/// with what a query reads of each (owner, weight class, fading part, time, privacy), the two BM25 fields (work and
/// profiles), and how an item is weighed as of a moment. Shared by every query; nothing here changes after the
/// constructor. Pure: no IO.
/// </summary>
internal sealed class IndexedEvidence
{
    private readonly Excerpts excerpts;
    private readonly int[] personItemOffsets;
    private readonly int[] personItems;

    public IndexedEvidence(
        Person[] people,
        EvidenceItem[] items,
        Excerpts excerpts,
        int[] itemPerson,
        float[] itemWeight,
        long[] itemTicks,
        bool[] itemPrivate,
        InvertedField itemField,
        InvertedField declaredField,
        ExpertiseSettings settings)
    {
        for (var item = 1; item < itemPerson.Length; item++)
        {
            if (itemPerson[item] < itemPerson[item - 1])
            {
                throw new ArgumentException("The items must be grouped by owner, in the order people are listed.", nameof(itemPerson));
            }
        }

        People = people;
        Items = items;
        this.excerpts = excerpts;
        ItemPerson = itemPerson;
        ItemWeight = itemWeight;
        ItemTicks = itemTicks;
        ItemPrivate = itemPrivate;
        ItemField = itemField;
        DeclaredField = declaredField;
        Settings = settings;
        DecayWeights = new double[Math.Max(1, settings.ItemsPerPerson) + 1];
        for (var n = 1; n < DecayWeights.Length; n++)
        {
            DecayWeights[n] = DecayWeights[n - 1] + Math.Pow(settings.ItemDecay, n - 1);
        }

        // Each person's items, for explanations and "my expertise": a counting sort by owner.
        personItemOffsets = new int[people.Length + 1];
        foreach (var owner in itemPerson)
        {
            personItemOffsets[owner + 1]++;
        }

        for (var i = 0; i < people.Length; i++)
        {
            personItemOffsets[i + 1] += personItemOffsets[i];
        }

        personItems = new int[itemPerson.Length];
        var fill = personItemOffsets[..^1];
        for (var item = 0; item < itemPerson.Length; item++)
        {
            personItems[fill[itemPerson[item]]++] = item;
        }

        var latest = long.MinValue;
        foreach (var ticks in itemTicks)
        {
            latest = Math.Max(latest, ticks);
        }

        LatestTimestamp = latest == long.MinValue ? DateTimeOffset.UnixEpoch : new DateTimeOffset(latest, TimeSpan.Zero);
        // An item's recency as of a moment is floor + (1 - floor) * 2^(-age / halfLife): split into the part
        // that never fades and the part that does, as of the newest item, a query multiplies the fading part
        // by one factor (2^(-(asOf - newest) / halfLife)) instead of raising 2 to a power per item.
        var halfLife = settings.HalfLifeYears * TimeSpan.TicksPerDay * 365.25;
        ItemFacts = new ItemFacts[itemPerson.Length];
        ItemClass = new byte[itemPerson.Length];
        var weights = new List<(float Weight, bool Announces, bool Chatter)>();
        for (var item = 0; item < ItemFacts.Length; item++)
        {
            var fading = halfLife > 0 ? Math.Pow(2, -(latest - itemTicks[item]) / halfLife) : 1;
            ItemFacts[item] = new ItemFacts(itemPerson[item], (float)(itemWeight[item] * (1 - settings.RecencyFloor) * fading));
            var chatter = settings.IsChatter(items[item].Kind, itemWeight[item]);
            ItemClass[item] = checked((byte)ClassOf(weights, (itemWeight[item], chatter || settings.AnnouncingKinds.Contains(items[item].Kind), chatter)));
        }

        ClassWeight = [.. weights.Select(w => w.Weight)];
        ClassAnnounces = [.. weights.Select(w => w.Announces)];
        ClassChatter = [.. weights.Select(w => w.Chatter)];
        ClassLasting = [.. weights.Select(w => (float)(w.Weight * settings.RecencyFloor))];
    }

    public Person[] People { get; }

    /// <summary>The items without their text: an untitled item's excerpt is <see cref="Excerpt"/>, the item as shown <see cref="Shown"/>.</summary>
    public EvidenceItem[] Items { get; }

    public int[] ItemPerson { get; }

    public float[] ItemWeight { get; }

    public long[] ItemTicks { get; }

    public bool[] ItemPrivate { get; }

    /// <summary>What a query reads of each matching item, side by side in 8 bytes: eight items per cache line.</summary>
    public ItemFacts[] ItemFacts { get; }

    /// <summary>Items have few distinct weights (one per kind): each item's class...</summary>
    public byte[] ItemClass { get; }

    /// <summary>...each class's weight...</summary>
    public float[] ClassWeight { get; }

    /// <summary>...the part of it that never fades...</summary>
    public float[] ClassLasting { get; }

    /// <summary>...whether its items announce (posts, meetings, questions, chatter) rather than do the work: see <see cref="ExpertiseSettings.AnnouncedAlone"/>...</summary>
    public bool[] ClassAnnounces { get; }

    /// <summary>...and whether they announce as chatter, which showing a learned topic's vocabulary makes work (<see cref="ExpertiseSettings.ChatterWords"/>).</summary>
    public bool[] ClassChatter { get; }

    /// <summary>DecayWeights[n]: how much n items count at most, relative to the best one (1 + Decay + Decay^2 + ...).</summary>
    public double[] DecayWeights { get; }

    /// <summary>What people's work says: one document per item.</summary>
    public InvertedField ItemField { get; }

    /// <summary>What people say of themselves: one document per person.</summary>
    public InvertedField DeclaredField { get; }

    public ExpertiseSettings Settings { get; }

    /// <summary>The newest item's time: "now" for a snapshot, so that measurements are reproducible.</summary>
    public DateTimeOffset LatestTimestamp { get; }

    /// <summary>A person's items, in item order.</summary>
    public ReadOnlySpan<int> ItemsOf(int person) => personItems.AsSpan(personItemOffsets[person], personItemOffsets[person + 1] - personItemOffsets[person]);

    /// <summary>The excerpt a card shows of an untitled item, or null.</summary>
    public string? Excerpt(int item) => excerpts[item];

    /// <summary>An item as evidence shows it: with its excerpt as text when it has no title.</summary>
    public EvidenceItem Shown(int item) => excerpts[item] is { } excerpt ? Items[item] with { Text = excerpt } : Items[item];

    /// <summary>
    /// An item's score for a query: how well it matches times its weight as of the query, the lasting part of
    /// its weight plus the fading part shrunk by fading (1 as of the newest item).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Weigh(float matched, ItemFacts facts, byte weightClass, double fading) =>
        matched * (float)(ClassLasting[weightClass] + (facts.Fading * fading));

    // The class of an item's weight, announcing and chatter, added when new (a loop: few classes, two million items).
    private static int ClassOf(List<(float Weight, bool Announces, bool Chatter)> classes, (float Weight, bool Announces, bool Chatter) item)
    {
        for (var c = 0; c < classes.Count; c++)
        {
            if (classes[c].Weight.Equals(item.Weight) && classes[c].Announces == item.Announces && classes[c].Chatter == item.Chatter)
            {
                return c;
            }
        }

        classes.Add(item);
        return classes.Count - 1;
    }
}
