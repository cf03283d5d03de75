namespace ExpertBot.OrgSim;

/// <summary>The templates of one phrasebook section, with the subset that does not name the topic.</summary>
internal sealed class TemplateSet
{
    private readonly Template[] all;
    private readonly Template[] withoutName;

    public TemplateSet(IEnumerable<string> lines)
    {
        all = lines.Select(Template.Parse).ToArray();
        withoutName = all.Where(t => !t.HasName).ToArray();
        if (all.Length == 0)
        {
            throw new InvalidDataException("Empty phrasebook section.");
        }
    }

    public Template Pick(Random rng, bool allowName = true) =>
        allowName || withoutName.Length == 0 ? all[rng.Next(all.Length)] : withoutName[rng.Next(withoutName.Length)];

    /// <summary>Like <see cref="Pick(Random, bool)"/>, avoiding (when it can) templates already used in this item.</summary>
    public Template Pick(Random rng, bool allowName, HashSet<Template> used)
    {
        var template = Pick(rng, allowName);
        for (var attempt = 0; attempt < 4 && used.Contains(template); attempt++)
        {
            template = Pick(rng, allowName);
        }

        used.Add(template);
        return template;
    }
}
