using System.Globalization;
using System.Text;

namespace ExpertBot.Gaming.Text;

/// <summary>Replaces the {placeholders} of a phrase template. Each placeholder is drawn afresh, so one template
/// gives many different texts.</summary>
internal sealed class TemplateFiller(PhraseBank bank)
{
    // Once an item has named its topic one way, it mostly keeps to that name.
    private const double KeepMainName = 0.65;

    public string Fill(string template, TextContext context)
    {
        var builder = new StringBuilder(template.Length + 64);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(template, position, template.Length - position);
                break;
            }

            builder.Append(template, position, open - position);
            builder.Append(Resolve(template[(open + 1)..close], context));
            position = close + 1;
        }

        return builder.ToString();
    }

    private string Resolve(string placeholder, TextContext context)
    {
        var random = context.Random;
        var year = context.Timestamp.Year;
        return placeholder switch
        {
            "topic" => Named(context, TopicName(context)),
            "Topic" => Named(context, context.Naming.Formal(context.Language)),
            "alias" => Named(context, context.Naming.Alias(random)),
            "de_topic" => Named(context, FrenchDe(TopicName(context))),
            "hashtag" => context.Naming.Hashtag(random),
            "tags" => Tags(context),
            "mention" => Mention(context),
            "mentions" => Mentions(context),
            "emoji" => bank.Pick(context.Language, "emoji", random),
            "year" => year.ToString(CultureInfo.InvariantCulture),
            "nextYear" => (year + 1).ToString(CultureInfo.InvariantCulture),
            "nextYear2" => (year + 3).ToString(CultureInfo.InvariantCulture),
            "n" => random.Next(3, 19).ToString(CultureInfo.InvariantCulture),
            "dept" => context.Author.Department,
            "office" => context.Author.OfficeLocation,
            "slug" => Slug.From(context.Naming.Canonical),
            "link" => LinkFactory.ExternalArticle(Fill(bank.Pick(context.Language, "linkSlug", random), context), random),
            _ => throw new InvalidDataException($"unknown placeholder {{{placeholder}}} in the phrase bank"),
        };
    }

    private static string Named(TextContext context, string name)
    {
        context.TopicMentions++;
        return name;
    }

    private static string TopicName(TextContext context)
    {
        if (context.MainName is null)
        {
            context.MainName = context.Naming.InText(context.Language, context.Random, firstMention: true);
            return context.MainName;
        }

        return context.Random.NextDouble() < KeepMainName
            ? context.MainName
            : context.Naming.InText(context.Language, context.Random, firstMention: false);
    }

    /// <summary>French "de" elides before a vowel: "de Kubernetes" but "d'IFRS", "d'Apache Spark".</summary>
    private static string FrenchDe(string name) =>
        name.Length > 0 && "aeiouyAEIOUYàâéèêëîïôöùûüÀÂÉÈÊËÎÏÔÖÙÛÜ".Contains(name[0], StringComparison.Ordinal)
            ? "d'" + name
            : "de " + name;

    private string Tags(TextContext context)
    {
        var random = context.Random;
        var tags = new List<string>();
        if (random.NextDouble() < 0.85)
        {
            tags.Add(context.Naming.Hashtag(random));
        }

        var generic = bank.Templates(context.Language, "hashtags");
        var wanted = random.Next(1, 4);
        for (var attempt = 0; tags.Count < wanted + 1 && attempt < 8; attempt++)
        {
            var tag = generic[random.Next(generic.Count)];
            if (!tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                tags.Add(tag);
            }
        }

        return string.Join(' ', tags);
    }

    private static string Mention(TextContext context)
    {
        var pool = context.MentionPool;
        if (pool.Count == 0)
        {
            return string.Empty;
        }

        var fresh = pool.Where(person => !context.Mentioned.Contains(person.Id)).ToList();
        var person = fresh.Count > 0 ? fresh[context.Random.Next(fresh.Count)] : pool[context.Random.Next(pool.Count)];
        context.Mentioned.Add(person.Id);
        return "@" + person.DisplayName;
    }

    private string Mentions(TextContext context)
    {
        var count = Math.Min(context.MentionPool.Count, context.Random.Next(2, 4));
        var names = Enumerable.Range(0, count).Select(_ => Mention(context)).Distinct(StringComparer.Ordinal).ToList();
        return names.Count switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => $"{string.Join(", ", names[..^1])} {bank.Pick(context.Language, "and", context.Random)} {names[^1]}",
        };
    }
}
