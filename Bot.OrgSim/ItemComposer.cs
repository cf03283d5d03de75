using System.Text;

namespace ExpertBot.OrgSim;

/// <summary>
/// Writes the title and text of an item. Substantive items are assembled from an opening, body sentences built from
/// the topic's vocabulary and actions, office filler and sometimes numbered steps; they name the topic by its
/// canonical name, an alias, its name in the other language, or not at all.
/// </summary>
internal sealed class ItemComposer
{
    /// <summary>Brings the average text length of a whole run close to --item-chars (meetings and noise are short).</summary>
    private const double Calibration = 1.12;

    private static readonly string[] KindLabels = ["document", "post", "answer", "question", "comment", "message", "meeting"];

    private readonly OrgPlan plan;
    private readonly Phrasebook en;
    private readonly Phrasebook fr;
    private readonly SlotContext ctx;
    private readonly SocialComposer social;
    private readonly SourceLinks links;
    private readonly StringBuilder sb = new(4096);
    private readonly HashSet<Template> used = [];

    public ItemComposer(OrgPlan plan, Phrasebook en, Phrasebook fr)
    {
        this.plan = plan;
        this.en = en;
        this.fr = fr;
        ctx = new SlotContext(plan.Words, plan.AsOf.Year);
        social = new SocialComposer(plan, en, fr, ctx);
        links = new SourceLinks();
    }

    public SignalRecord Compose(ItemSpec spec, PersonPlan person, Random rng)
    {
        var (title, text) = spec.Flavour == ItemFlavour.Substantive
            ? Substantive(spec, rng)
            : social.Compose(spec, person, rng, sb);
        var (source, url) = links.For(spec.Kind, person, title, rng);
        // The person's id is part of the item's: two people's generators may share a seed at 100,000 people
        // (32-bit seeds), and ids must stay unique even then.
        return new SignalRecord("sig-" + person.Id[..8] + "-" + rng.Hex(12), person.Id, TimeSpread.Iso(spec.Time), KindLabels[(int)spec.Kind],
            title, text, url, source);
    }

    private static string OpenSection(ItemKind kind) => kind switch
    {
        ItemKind.Document => "doc.open",
        ItemKind.Post => "post.open",
        ItemKind.Answer => "answer.open",
        ItemKind.Question => "question.open",
        ItemKind.Comment => "comment.open",
        ItemKind.Meeting => "meeting.body",
        _ => "message.open",
    };

    private static double LengthFactor(ItemKind kind) => kind switch
    {
        ItemKind.Document => 2.3,
        ItemKind.Post => 1.15,
        ItemKind.Answer => 1.05,
        ItemKind.Question => 0.6,
        ItemKind.Comment => 0.5,
        ItemKind.Meeting => 0.45,
        _ => 0.6,
    };

    private (string? Title, string Text) Substantive(ItemSpec spec, Random rng)
    {
        var french = spec.French;
        var book = french ? fr : en;
        var topic = plan.Catalogue[spec.Topic];
        ctx.Start(rng, french, topic, plan.Catalogue.Family(topic), spec.Grade < 2);
        var named = ChooseName(topic, french, rng);
        var title = spec.Kind switch
        {
            ItemKind.Document => Line(book["doc.title"], named),
            ItemKind.Post when rng.Chance(0.5) => Line(book["post.title"], named),
            ItemKind.Question when rng.Chance(0.5) => Line(book["question.title"], named),
            ItemKind.Meeting => Line(book["meeting.title"], named),
            _ => null,
        };

        sb.Clear();
        used.Clear();
        Sentence(book[OpenSection(spec.Kind)], named);
        var target = plan.Options.ItemChars * LengthFactor(spec.Kind) * (spec.Grade == 2 ? 1.15 : 0.85) * rng.Between(0.6, 1.4) * Calibration;
        for (var sentences = 1; sb.Length < target && sentences < 80; sentences++)
        {
            sb.Append(spec.Kind == ItemKind.Document && sentences % 4 == 0 ? "\n\n" : " ");
            var roll = rng.NextDouble();
            var section = roll < 0.36 ? "body.act"
                : roll < 0.78 ? "body.term"
                : roll < 0.86 && named ? "body.name"
                : "filler";
            Sentence(book[section], named);
        }

        if (spec.Kind == ItemKind.Document && rng.Chance(0.45))
        {
            sb.Append(french ? "\n\nÉtapes :" : "\n\nSteps:");
            var steps = rng.Range(2, 4);
            for (var i = 1; i <= steps; i++)
            {
                ctx.NewSentence();
                sb.Append('\n').Append(i).Append(". ").Append(ctx.StepAct()).Append('.');
            }
        }

        if (spec.Kind is ItemKind.Document or ItemKind.Post or ItemKind.Answer && rng.Chance(0.35))
        {
            sb.Append(' ');
            Sentence(book["close"], named);
        }

        return (title, sb.ToString());
    }

    /// <summary>Sets how this item refers to its topic; false when it only uses domain vocabulary.</summary>
    private bool ChooseName(Topic topic, bool french, Random rng)
    {
        // The default shares (30% canonical, 25% alias, 10% the other language, 35% unnamed) scaled to the
        // unnamed share asked for; the same draws, so the default gives the same organisation as before.
        var named = (1 - plan.Options.UnnamedShare) / (1 - SimOptions.DefaultUnnamedShare);
        var roll = rng.NextDouble();
        if (roll < 0.30 * named)
        {
            return true;
        }

        if (roll < 0.55 * named && topic.Aliases.Count > 0)
        {
            ctx.Name = rng.Pick(topic.Aliases);
            return true;
        }

        if (roll < 0.65 * named && topic.HasDistinctFrenchName)
        {
            ctx.Name = topic.InSentence(!french);
            return true;
        }

        return false;
    }

    private void Sentence(TemplateSet set, bool named)
    {
        ctx.NewSentence();
        set.Pick(RngOf(), named, used).Render(sb, ctx, ctx.French);
    }

    private string Line(TemplateSet set, bool named)
    {
        ctx.NewSentence();
        return set.Pick(RngOf(), named).Render(ctx, ctx.French);
    }

    private Random RngOf() => ctx.Random;
}
