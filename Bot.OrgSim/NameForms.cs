namespace ExpertBot.OrgSim;

/// <summary>The ways people write a topic's name: canonical, alias, the other language, messy endorsement spellings.</summary>
internal static class NameForms
{
    /// <summary>Canonical name (in the item's language) or, sometimes, an alias.</summary>
    public static string Mention(Topic topic, bool french, Random rng, double aliasShare = 0.3) =>
        topic.Aliases.Count > 0 && rng.Chance(aliasShare) ? rng.Pick(topic.Aliases) : topic.InSentence(french);

    /// <summary>Endorsement topics are typed freely: lower case, aliases, French names, shortened names.</summary>
    public static string Endorsement(Topic topic, bool endorserFrench, Random rng)
    {
        var roll = rng.NextDouble();
        if (endorserFrench && topic.HasDistinctFrenchName && roll < 0.4)
        {
            return rng.Chance(0.5) ? topic.French.ToLowerInvariant() : topic.French;
        }

        if (roll < 0.08 && ShortForm(topic) is { } shortForm)
        {
            return shortForm.ToLowerInvariant();
        }

        if (roll < 0.5)
        {
            return topic.English.ToLowerInvariant();
        }

        if (roll < 0.72 || topic.Aliases.Count == 0)
        {
            return topic.English;
        }

        var alias = rng.Pick(topic.Aliases);
        return rng.Chance(0.4) ? alias.ToLowerInvariant() : alias;
    }

    /// <summary>The distinctive word of a two- or three-word name ("Kafka" for "Apache Kafka"), if any.</summary>
    public static string? ShortForm(Topic topic)
    {
        var words = topic.English.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3)
        {
            return null;
        }

        var last = words[^1];
        return last.Length >= 4 && last.All(char.IsLetter) && char.IsUpper(last[0]) ? last : null;
    }

    /// <summary>Hashtag form of a name: "#ApacheKafka", "#TotalProductiveMaintenance".</summary>
    public static string Hashtag(string name)
    {
        var words = name.Split([' ', '-', '/', '.', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var tag = string.Concat(words);
        return tag.Length == 0 ? "#tech" : "#" + tag;
    }
}
