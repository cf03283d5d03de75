using System.Globalization;
using ExpertBot.Gaming.Snapshot;

namespace ExpertBot.Gaming.Text;

/// <summary>The ways people name one topic: canonical, French, aliases, hashtags, and as typed into a form.</summary>
internal sealed class TopicNaming
{
    private readonly TextInfo englishCase = CultureInfo.GetCultureInfo("en-US").TextInfo;

    public TopicNaming(CatalogueTopic topic)
    {
        Canonical = topic.English;
        French = string.IsNullOrWhiteSpace(topic.French) ? topic.English : topic.French;
        Aliases = topic.Aliases ?? [];
    }

    public string Canonical { get; }

    public string French { get; }

    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The name used in formal places: a document title, a certification.</summary>
    public string Formal(Language language) => language == Language.French ? French : Canonical;

    public string Alias(Random random) => Aliases.Count > 0 ? Aliases[random.Next(Aliases.Count)] : Canonical;

    /// <summary>
    /// A name as it appears in running text: mostly the usual name, often an alias. Only a later mention
    /// (<paramref name="firstMention"/> false) switches to the other language, as bilingual writers do.
    /// </summary>
    public string InText(Language language, Random random, bool firstMention)
    {
        if (!firstMention && random.NextDouble() < 0.1)
        {
            return language == Language.French ? Canonical : French;
        }

        var roll = random.NextDouble();
        return language == Language.French
            ? roll switch { < 0.55 => French, < 0.8 => Canonical, _ => Alias(random) }
            : roll switch { < 0.6 => Canonical, _ => Alias(random) };
    }

    /// <summary>A name as listed among a profile's skills: usually the full name, properly cased.</summary>
    public string Skill(Random random, bool prefersFrench)
    {
        var roll = random.NextDouble();
        var name = prefersFrench
            ? roll switch { < 0.5 => French, < 0.85 => Canonical, _ => Alias(random) }
            : roll switch { < 0.75 => Canonical, < 0.92 => Alias(random), _ => French };
        return random.NextDouble() < 0.15 ? name.ToLowerInvariant() : name;
    }

    /// <summary>A name as typed into a skills box or an endorsement form, with the typist's casing.</summary>
    public string Typed(Random random, bool prefersFrench)
    {
        var roll = random.NextDouble();
        var name = prefersFrench
            ? roll switch { < 0.45 => French, < 0.75 => Canonical, _ => Alias(random) }
            : roll switch { < 0.5 => Canonical, < 0.85 => Alias(random), _ => French };
        return random.NextDouble() switch
        {
            < 0.55 => name,
            < 0.88 => name.ToLowerInvariant(),
            // Title case reads as English: "Supplier Risk Management", never "Gestion Des Risques".
            < 0.94 when name != French => englishCase.ToTitleCase(name),
            _ => name.Length <= 10 ? name.ToUpperInvariant() : name,
        };
    }

    public string Hashtag(Random random)
    {
        var roll = random.NextDouble();
        var preferred = roll switch { < 0.6 => Canonical, < 0.85 => Alias(random), _ => French };
        var body = Slug.HashtagBody(preferred);
        if (body.Length < 3)
        {
            // "C++" or "Go" make poor hashtags; people fall back to a longer alias (#CPP, #Golang).
            body = Aliases.Select(Slug.HashtagBody).FirstOrDefault(alias => alias.Length >= 3) ?? body;
        }

        return "#" + (random.NextDouble() < 0.3 ? body.ToLowerInvariant() : body);
    }
}
