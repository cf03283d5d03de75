namespace ExpertBot.Gaming.Text;

/// <summary>How one endorser types a topic: a favourite phrasing and a few others used now and then.</summary>
internal sealed class EndorsementHabit
{
    private readonly IReadOnlyList<string> phrasings;
    private readonly double loyalty;

    private EndorsementHabit(IReadOnlyList<string> phrasings, double loyalty)
    {
        this.phrasings = phrasings;
        this.loyalty = loyalty;
    }

    /// <summary>One favourite phrasing, kept most of the time (a tight ring that agreed on its wording).</summary>
    public static EndorsementHabit Steady(TopicNaming naming, Random random, bool prefersFrench) =>
        new([naming.Typed(random, prefersFrench), naming.Typed(random, prefersFrench)], loyalty: 0.85);

    /// <summary>Several different phrasings used interchangeably, some of them decorated ("X strategy", no accents).</summary>
    public static EndorsementHabit Loose(
        TopicNaming naming,
        PhraseBank bank,
        Random random,
        bool prefersFrench,
        int count)
    {
        var phrasings = new List<string>();
        for (var attempt = 0; phrasings.Count < count && attempt < count * 6; attempt++)
        {
            var phrasing = Variant(naming, bank, random, prefersFrench);
            if (!phrasings.Contains(phrasing, StringComparer.Ordinal))
            {
                phrasings.Add(phrasing);
            }
        }

        return new EndorsementHabit(phrasings, loyalty: 0);
    }

    public string Next(Random random) =>
        random.NextDouble() < loyalty ? phrasings[0] : phrasings[random.Next(phrasings.Count)];

    private static string Variant(TopicNaming naming, PhraseBank bank, Random random, bool prefersFrench)
    {
        var typed = naming.Typed(random, prefersFrench);
        return random.NextDouble() switch
        {
            < 0.45 => typed,
            < 0.6 => Slug.StripAccents(typed),
            < 0.72 when naming.Aliases.Count > 0 => $"{naming.Canonical} ({naming.Alias(random)})",
            _ => bank.Pick(prefersFrench ? Language.French : Language.English, "endorsementVariant", random)
                .Replace("{topic}", typed, StringComparison.Ordinal),
        };
    }
}
