using System.Text;
using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.People;

namespace ExpertBot.CompanySim.Text;

/// <summary>
/// Writes the words of work items from the phrase templates: real topic work (naming the topic or only using its
/// vocabulary), everyday work, managers' status notes, colleagues' questions and promotional posts.
/// </summary>
internal sealed class ItemComposer(Random random)
{
    private const double EverydayVocabularyShare = 0.6;

    public static Phrases PhrasesFor(bool french) => french ? FrenchPhrases.Instance : EnglishPhrases.Instance;

    /// <summary>How a person writes a topic's name: its English name or an alias, or in French mostly its French name.</summary>
    public string NameOf(Topic topic, bool french)
    {
        var x = random.NextDouble();
        if (french)
        {
            return x < 0.65 ? topic.French
                : x < 0.8 ? (topic.Aliases.Count > 0 ? Alias(topic) : topic.French)
                : topic.English;
        }

        // English speakers in the company's French-law fields pick up the French terms their colleagues use.
        if (topic.HasDistinctFrenchName && topic.Field is "legal" or "hr" or "finance" && x < 0.12)
        {
            return topic.French;
        }

        return x < 0.65 || topic.Aliases.Count == 0 ? topic.English : Alias(topic);
    }

    public ComposedItem TopicWork(Topic topic, string kind, bool french, bool named, bool deep, Topic? sibling, Topic? companion)
    {
        var phrases = PhrasesFor(french);
        var terms = Terms(topic, french, deep);
        var target = ItemKinds.TargetLength(random, kind);
        var name = named ? NameOf(topic, french) : null;
        string? title = null;
        if (ItemKinds.HasTitle(random, kind))
        {
            var templates = kind == ItemKinds.Meeting
                ? (named ? phrases.NamedMeetingTitles : phrases.UnnamedMeetingTitles)
                : (named ? phrases.NamedTitles : phrases.UnnamedTitles);
            title = Template.Fill(Pick(templates), TermSlots(terms, name));
        }

        var body = new List<string> { Template.Fill(Pick(Openers(phrases, kind)), TermSlots(terms, name)) };
        var mentions = !named ? 0 : kind switch
        {
            ItemKinds.Document => random.Next(1, 4),
            ItemKinds.Answer or ItemKinds.Post => random.Next(1, 3),
            _ => 1,
        };
        var sentences = new List<string>();
        for (var i = 0; i < mentions; i++)
        {
            sentences.Add(Template.Fill(Pick(phrases.TopicSentences), TermSlots(terms, i == 0 ? name : NameOf(topic, french))));
        }

        if (sibling is not null)
        {
            var slots = TermSlots(terms, name ?? NameOf(topic, french)) with { Sibling = sibling.English };
            sentences.Add(Template.Fill(Pick(phrases.SiblingSentences), slots));
        }

        if (companion is not null)
        {
            var slots = TermSlots(terms, name ?? NameOf(topic, french)) with { Sibling = NameOf(companion, french) };
            sentences.Add(Template.Fill(Pick(phrases.CompanionSentences), slots));
        }

        var length = body[0].Length + sentences.Sum(s => s.Length + 1);
        while (length < target)
        {
            var sentence = Template.Fill(Pick(phrases.Sentences), TermSlots(terms, name));
            sentences.Insert(random.Next(sentences.Count + 1), sentence);
            length += sentence.Length + 1;
        }

        body.AddRange(sentences);
        if (kind is ItemKinds.Document or ItemKinds.Answer or ItemKinds.Post)
        {
            body.Add(Pick(phrases.Closers));
        }

        return new ComposedItem(title, Join(body));
    }

    public ComposedItem Everyday(Department department, string kind, bool french)
    {
        var phrases = PhrasesFor(french);
        var work = french ? department.WorkFrench : department.WorkEnglish;
        Slots Slots() => new(Work: Pick(work), Work2: Pick(work), Name: Given(french), A: Pick(work), B: Pick(work));
        switch (kind)
        {
            case ItemKinds.Message:
                return new ComposedItem(null, Fill(kind, [Template.Fill(Pick(phrases.GenericMessages), Slots())], phrases.GenericWork, Slots));
            case ItemKinds.Comment:
                return new ComposedItem(null, Fill(kind, [Pick(phrases.CommentOpeners)], phrases.GenericWork, Slots));
            case ItemKinds.Question:
                return new ComposedItem(null, Fill(kind, [Template.Fill(Pick(phrases.WorkQuestions), Slots())], phrases.GenericWork, Slots));
            case ItemKinds.Meeting:
                return new ComposedItem(Template.Fill(Pick(phrases.GenericMeetingTitles), Slots()), Fill(kind, [Template.Fill(Pick(phrases.MeetingBodies), Slots())], phrases.GenericWork, Slots));
            default:
                return new ComposedItem(Template.Fill(Pick(phrases.GenericTitles), Slots()), Fill(kind, [], phrases.GenericWork, Slots));
        }
    }

    private string Fill(string kind, List<string> body, IReadOnlyList<string> templates, Func<Slots> slots)
    {
        var target = ItemKinds.TargetLength(random, kind) * 3 / 4;
        while (body.Sum(s => s.Length + 1) < target)
        {
            body.Add(Template.Fill(Pick(templates), slots()));
        }

        return Join(body);
    }

    public ComposedItem ManagerNote(Topic topic, Topic other, Department department, string kind, bool french)
    {
        var phrases = PhrasesFor(french);
        var slots = new Slots(Topic: NameOf(topic, french), Topic2: NameOf(other, french), Work: Pick(french ? department.WorkFrench : department.WorkEnglish), Name: Given(french));
        return kind switch
        {
            ItemKinds.Meeting => new ComposedItem(Template.Fill(Pick(phrases.ManagerMeetingTitles), slots), Template.Fill(Pick(phrases.GenericWork), slots)),
            ItemKinds.Message => new ComposedItem(null, Template.Fill(Pick(phrases.ManagerMessages), slots)),
            _ => new ComposedItem(null, Join([Template.Fill(Pick(phrases.ManagerStatus), slots), Template.Fill(Pick(phrases.GenericWork), slots)])),
        };
    }

    public ComposedItem Question(Topic topic, bool french)
    {
        var terms = Terms(topic, french, deep: false);
        return new ComposedItem(null, Template.Fill(Pick(PhrasesFor(french).AskerQuestions), TermSlots(terms, NameOf(topic, french))));
    }

    /// <summary>A short promotional post; a ring member's tags a fellow member.</summary>
    public ComposedItem Promotion(Topic topic, bool french, IReadOnlyList<string> fellows)
    {
        var phrases = PhrasesFor(french);
        var tag = Template.Hashtag(topic.English);
        var name = NameOf(topic, french);
        var title = random.NextDouble() < 0.5 ? Template.Fill(Pick(phrases.PromoTitles), new Slots(Topic: name)) : null;
        var body = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var ring = fellows.Count > 0 && random.NextDouble() < 0.5;
            var slots = new Slots(Topic: name, Tag: tag, Name: fellows.Count > 0 ? Pick(fellows) : null);
            body.Add(Template.Fill(Pick(ring ? phrases.RingSentences : phrases.PromoSentences), slots));
        }

        return new ComposedItem(title, Join(body));
    }

    public string Given(bool french) => Pick(french ? Names.FrenchGiven : Names.EnglishGiven);

    public static IReadOnlyList<string> Terms(Topic topic, bool french, bool deep)
    {
        var all = french ? topic.FrenchVocabulary : topic.Vocabulary;
        return deep ? all : [.. all.Take(Math.Max(3, (int)Math.Ceiling(all.Count * EverydayVocabularyShare)))];
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private Slots TermSlots(IReadOnlyList<string> terms, string? name)
    {
        var a = random.Next(terms.Count);
        var b = (a + 1 + random.Next(terms.Count - 1)) % terms.Count;
        return new Slots(Topic: name, A: terms[a], B: terms[b]);
    }

    private string Alias(Topic topic) => Pick(topic.Aliases);

    private static IReadOnlyList<string> Openers(Phrases phrases, string kind) => kind switch
    {
        ItemKinds.Document => phrases.DocumentOpeners,
        ItemKinds.Answer => phrases.AnswerOpeners,
        ItemKinds.Comment => phrases.CommentOpeners,
        ItemKinds.Post => phrases.PostOpeners,
        ItemKinds.Question => phrases.WorkQuestions,
        ItemKinds.Meeting => phrases.MeetingBodies,
        _ => phrases.MessageOpeners,
    };

    private static string Join(IEnumerable<string> sentences)
    {
        var builder = new StringBuilder();
        foreach (var s in sentences.Where(s => s.Length > 0))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(s);
        }

        return builder.ToString();
    }
}
