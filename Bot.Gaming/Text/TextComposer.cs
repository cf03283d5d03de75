namespace ExpertBot.Gaming.Text;

/// <summary>Writes a gamer's item from the phrase bank: one-liners, long buzzword posts, vision documents, questions.</summary>
internal sealed class TextComposer(PhraseBank bank)
{
    private readonly TemplateFiller filler = new(bank);

    public ComposedItem Compose(ItemType type, TextContext context) => type switch
    {
        ItemType.LongPost => LongPost(context),
        ItemType.Document => Document(context),
        ItemType.HijackQuestion => Question(context),
        _ => new ComposedItem(KindOf(type), null, FillOne(CategoryOf(type), context)),
    };

    /// <summary>A sentence for the profile's "about me".</summary>
    public string AboutMe(TextContext context) => FillOne("aboutMe", context);

    private static string KindOf(ItemType type) => type switch
    {
        ItemType.Comment or ItemType.HijackComment => "comment",
        ItemType.Message or ItemType.HijackMessage => "message",
        ItemType.Document => "document",
        ItemType.HijackQuestion => "question",
        _ => "post",
    };

    private static string CategoryOf(ItemType type) => type switch
    {
        ItemType.ShortPromo => "shortPromo",
        ItemType.Certification => "certification",
        ItemType.Shoutout => "shoutout",
        ItemType.Comment => "comment",
        ItemType.Message => "message",
        ItemType.HijackShare => "hijackShare",
        ItemType.HijackMessage => "hijackMessage",
        ItemType.HijackComment => "hijackComment",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "composed by its own method"),
    };

    private ComposedItem LongPost(TextContext context)
    {
        var random = context.Random;
        var targetWords = random.Next(80, 201);
        var title = random.NextDouble() < 0.5 ? FillOne("longTitle", context) : null;
        var opening = FillOne("longOpening", context);
        var closing = FillOne("longClosing", context);
        var paragraphs = new List<string>();
        var current = new List<string> { opening };
        if (random.NextDouble() < 0.5)
        {
            // The one-line hook on its own, LinkedIn style.
            paragraphs.Add(opening);
            current.Clear();
        }

        var words = WordCount(opening) + WordCount(closing);
        var withList = random.NextDouble() < 0.35;
        var body = Shuffled(Usable("longBody", context), random);
        string? Between(int written)
        {
            if (!withList || written <= targetWords / 2)
            {
                return null;
            }

            withList = false;
            return List(context);
        }

        WriteParagraphs(body, context, new ParagraphPlan(3, targetWords, 2, 5), paragraphs, current, words, Between);
        paragraphs.Add(closing);
        return new ComposedItem("post", title, string.Join("\n\n", paragraphs));
    }

    private ComposedItem Document(TextContext context)
    {
        var random = context.Random;
        var title = FillOne("documentTitle", context);
        var targetWords = random.Next(150, 351);
        var templates = Shuffled(
            [.. Usable("documentBody", context), .. Usable("longBody", context)],
            random);
        var paragraphs = new List<string>();
        WriteParagraphs(templates, context, new ParagraphPlan(6, targetWords, 3, 6), paragraphs, [], 0);
        return new ComposedItem("document", title, string.Join("\n\n", paragraphs));
    }

    /// <summary>
    /// Fills templates into paragraphs of a random number of sentences (from plan.FewestSentences to below
    /// plan.MostSentences) until the text has plan.TargetWords words and names the topic plan.Mentions times; after
    /// each sentence, <paramref name="between"/> (given the words so far) may add a paragraph of its own. The
    /// sentences of <paramref name="current"/> open the first paragraph.
    /// </summary>
    private void WriteParagraphs(
        List<string> templates, TextContext context, ParagraphPlan plan, List<string> paragraphs, List<string> current, int words, Func<int, string?>? between = null)
    {
        var random = context.Random;
        var sentencesPerParagraph = random.Next(plan.FewestSentences, plan.MostSentences);
        foreach (var template in OrderForMentions(templates, context, plan.Mentions))
        {
            if (words >= plan.TargetWords && context.TopicMentions >= plan.Mentions)
            {
                break;
            }

            var sentence = filler.Fill(template, context);
            current.Add(sentence);
            words += WordCount(sentence);
            if (current.Count >= sentencesPerParagraph)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
                sentencesPerParagraph = random.Next(plan.FewestSentences, plan.MostSentences);
            }

            if (between?.Invoke(words) is { } inserted)
            {
                paragraphs.Add(inserted);
                words += WordCount(inserted);
            }
        }

        if (current.Count > 0)
        {
            paragraphs.Add(string.Join(' ', current));
        }
    }

    /// <summary>How a long text is laid out: topic mentions and words to reach, sentences per paragraph.</summary>
    private readonly record struct ParagraphPlan(int Mentions, int TargetWords, int FewestSentences, int MostSentences);

    private ComposedItem Question(TextContext context)
    {
        var title = context.Random.NextDouble() < 0.3 ? FillOne("hijackQuestionTitle", context) : null;
        return new ComposedItem("question", title, FillOne("hijackQuestion", context));
    }

    private string List(TextContext context)
    {
        var random = context.Random;
        var marker = random.Next(3) switch { 0 => "✅ ", 1 => "👉 ", _ => "- " };
        var items = Shuffled(Usable("longListItem", context), random).Take(random.Next(3, 6));
        var lines = items.Select(item => marker + filler.Fill(item, context));
        return FillOne("longListIntro", context) + "\n" + string.Join('\n', lines);
    }

    private string FillOne(string category, TextContext context)
    {
        var templates = Usable(category, context);
        return filler.Fill(templates[context.Random.Next(templates.Count)], context);
    }

    /// <summary>Templates of a category, without the ones that tag someone when there is nobody to tag.</summary>
    private List<string> Usable(string category, TextContext context)
    {
        var templates = bank.Templates(context.Language, category);
        if (context.MentionPool.Count > 0)
        {
            return [.. templates];
        }

        var untagged = templates.Where(t => !t.Contains("{mention", StringComparison.Ordinal)).ToList();
        return untagged.Count > 0 ? untagged : [.. templates];
    }

    /// <summary>Yields templates in their order, but puts ones naming the topic first while it is named too rarely.</summary>
    private static IEnumerable<string> OrderForMentions(List<string> templates, TextContext context, int minimumMentions)
    {
        var remaining = new List<string>(templates);
        while (remaining.Count > 0)
        {
            var index = 0;
            if (context.TopicMentions < minimumMentions)
            {
                var naming = remaining.FindIndex(NamesTopic);
                index = naming >= 0 ? naming : 0;
            }

            var template = remaining[index];
            remaining.RemoveAt(index);
            yield return template;
        }
    }

    private static bool NamesTopic(string template) =>
        template.Contains("{topic}", StringComparison.Ordinal)
        || template.Contains("{de_topic}", StringComparison.Ordinal)
        || template.Contains("{Topic}", StringComparison.Ordinal);

    private static List<string> Shuffled(List<string> items, Random random)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return [.. copy];
    }

    private static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
