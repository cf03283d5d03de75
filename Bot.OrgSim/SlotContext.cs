using System.Globalization;

namespace ExpertBot.OrgSim;

/// <summary>
/// Placeholder values for one item being written. Terms and acts are drawn afresh for each sentence (distinct within
/// a sentence); practitioners draw from the everyday part of the vocabulary, experts from all of it, and some draws
/// come from the family's shared vocabulary (what a MySQL expert shares with a PostgreSQL expert).
/// </summary>
internal sealed class SlotContext(WordBank words, int asOfYear) : ISlotSource
{
    private readonly string?[] terms = new string?[3];
    private readonly string?[] acts = new string?[2];
    private Random rng = new(0);
    private Topic? topic;
    private Topic? family;
    private bool basicOnly;

    public bool French { get; private set; }

    public Random Random => rng;

    public string Name { get; set; } = "";

    public string Name2 { get; set; } = "";

    public string Sibling { get; set; } = "";

    public string Hashtags { get; set; } = "";

    public string Friend { get; set; } = "";

    public string Friend2 { get; set; } = "";

    public string JobTitle { get; set; } = "";

    public string Department { get; set; } = "";

    /// <summary>When set, {C} is this city (a profile talks about the person's own office).</summary>
    public string? City { get; set; }

    public void Start(Random random, bool french, Topic? itemTopic, Topic? itemFamily, bool everydayVocabularyOnly)
    {
        rng = random;
        French = french;
        topic = itemTopic;
        family = itemFamily;
        basicOnly = everydayVocabularyOnly;
        Name = itemTopic?.InSentence(french) ?? "";
        NewSentence();
    }

    public void NewSentence()
    {
        Array.Clear(terms);
        Array.Clear(acts);
    }

    public string Resolve(Slot slot) => slot switch
    {
        Slot.Name => Name,
        Slot.Name2 => Name2,
        Slot.Sibling => Sibling,
        Slot.Term => Term(0),
        Slot.Term2 => Term(1),
        Slot.Term3 => Term(2),
        Slot.Act => Act(0),
        Slot.Act2 => Act(1),
        Slot.Person => rng.Pick(words.FirstNames(French)),
        Slot.Day => rng.Pick(words.Days(French)),
        Slot.City => City ?? rng.Pick(French ? Offices.French : Offices.English),
        Slot.Number => rng.Range(2, 9).ToString(CultureInfo.InvariantCulture),
        Slot.Year => (asOfYear - rng.Next(0, 3)).ToString(CultureInfo.InvariantCulture),
        Slot.Quarter => rng.Range(1, 4).ToString(CultureInfo.InvariantCulture),
        Slot.Hashtags => Hashtags,
        Slot.Friend => Friend,
        Slot.Friend2 => Friend2,
        Slot.JobTitle => JobTitle,
        Slot.Department => Department,
        _ => "",
    };

    /// <summary>A verb phrase of the topic, capitalised, for numbered steps.</summary>
    public string StepAct() => TextCase.Capitalize(Act(rng.Next(2)));

    private string Term(int k)
    {
        if (topic is null)
        {
            return French ? "ce sujet" : "this";
        }

        for (var attempt = 0; terms[k] is null; attempt++)
        {
            var candidate = DrawTerm();
            if (attempt > 4 || Array.IndexOf(terms, candidate) < 0)
            {
                terms[k] = candidate;
            }
        }

        return terms[k]!;
    }

    private string Act(int k)
    {
        if (topic is null)
        {
            return French ? "faire le point" : "sort it out";
        }

        for (var attempt = 0; acts[k] is null; attempt++)
        {
            var pool = family is not null && rng.Chance(0.2) ? family.Acts(French) : topic.Acts(French);
            var candidate = rng.Pick(pool);
            if (attempt > 4 || Array.IndexOf(acts, candidate) < 0)
            {
                acts[k] = candidate;
            }
        }

        return acts[k]!;
    }

    private string DrawTerm()
    {
        if (family is not null && rng.Chance(0.25))
        {
            return rng.Pick(family.Terms(French));
        }

        var pool = topic!.Terms(French);
        var limit = basicOnly ? Math.Max(3, (int)Math.Ceiling(pool.Length * 0.6)) : pool.Length;
        return pool[rng.Next(limit)];
    }
}
