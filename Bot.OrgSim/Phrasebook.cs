namespace ExpertBot.OrgSim;

/// <summary>All templates of one language ("en" or "fr"), by section name.</summary>
internal sealed class Phrasebook
{
    private readonly Dictionary<string, TemplateSet> sections;

    private Phrasebook(bool french, Dictionary<string, TemplateSet> sections)
    {
        French = french;
        this.sections = sections;
    }

    public bool French { get; }

    public TemplateSet this[string section] => sections.TryGetValue(section, out var set)
        ? set
        : throw new KeyNotFoundException($"Phrasebook section '{section}' is missing ({(French ? "fr" : "en")}).");

    public static Phrasebook Load(bool french)
    {
        var raw = SectionFile.LoadSections(french ? "phrases.fr." : "phrases.en.");
        return new Phrasebook(french, raw.ToDictionary(kv => kv.Key, kv => new TemplateSet(kv.Value), StringComparer.Ordinal));
    }
}
