using System.Text;

namespace ExpertBot.OrgSim;

/// <summary>Texts that are not real work: promotion, ring cross-promotion, management meetings, shallow mentions, noise.</summary>
internal sealed class SocialComposer(OrgPlan plan, Phrasebook en, Phrasebook fr, SlotContext ctx)
{
    private readonly HashSet<Template> used = [];

    public (string? Title, string? Text) Compose(ItemSpec spec, PersonPlan person, Random rng, StringBuilder sb)
    {
        var french = spec.French;
        var book = french ? fr : en;
        var topic = spec.Topic >= 0 ? plan.Catalogue[spec.Topic] : null;
        ctx.Start(rng, french, topic, null, true);
        if (topic is not null)
        {
            ctx.Name = NameForms.Mention(topic, french, rng);
        }

        switch (spec.Flavour)
        {
            case ItemFlavour.Promo:
                ctx.Hashtags = Hashtags(topic!, french, rng);
                return (null, Line(book["promo"]));
            case ItemFlavour.RingPromo:
                ctx.Hashtags = Hashtags(topic!, french, rng);
                SetFriends(person, rng);
                return (null, Line(book[rng.Chance(0.55) ? "promo.ring" : "promo"]));
            case ItemFlavour.PromoMeeting:
                return (Line(book["promo.meeting.title"]), Line(book["promo.meeting.body"]));
            case ItemFlavour.ManagerMeeting:
                return (Line(book["manager.meeting.title"]), rng.Chance(0.8) ? Line(book["manager.meeting.body"]) : null);
            case ItemFlavour.ManagerPost:
                return (null, Line(book["manager.post"]));
            case ItemFlavour.Generalist:
                return (null, Padded(book, "generalist", 0.3 * plan.Options.ItemChars * rng.Between(0.5, 1.2), sb));
            case ItemFlavour.NoiseQuestion:
                var title = rng.Chance(0.25) ? (french ? "Petite question" : "Quick question") : null;
                return (title, Line(book["noise.question"]));
            case ItemFlavour.NoiseMeeting:
                return (Line(book["noise.meeting.title"]), rng.Chance(0.7) ? Line(book["noise.meeting.body"]) : null);
            default:
                return (null, Padded(book, "noise.message", 0.55 * plan.Options.ItemChars * rng.Between(0.3, 1.5), sb));
        }
    }

    /// <summary>One sentence of <paramref name="section"/>, then office filler until about <paramref name="target"/> characters.</summary>
    private string Padded(Phrasebook book, string section, double target, StringBuilder sb)
    {
        sb.Clear();
        used.Clear();
        book[section].Pick(ctx.Random).Render(sb, ctx, ctx.French);
        for (var i = 0; sb.Length < target && i < 12; i++)
        {
            ctx.NewSentence();
            sb.Append(' ');
            book["filler"].Pick(ctx.Random, true, used).Render(sb, ctx, ctx.French);
        }

        return sb.ToString();
    }

    private string Line(TemplateSet set)
    {
        ctx.NewSentence();
        return set.Pick(ctx.Random).Render(ctx, ctx.French);
    }

    private string Hashtags(Topic topic, bool french, Random rng)
    {
        var tags = plan.Words[french ? "hashtag.fr" : "hashtag.en"];
        var first = NameForms.Hashtag(rng.Chance(0.7) ? topic.English : ctx.Name);
        var extra = "#" + rng.Pick(tags);
        return rng.Chance(0.5) ? first + " " + extra : first + " " + extra + " #" + rng.Pick(tags);
    }

    private void SetFriends(PersonPlan person, Random rng)
    {
        var others = plan.Rings[person.RingId].Everyone.Where(i => i != person.Index).ToList();
        ctx.Friend = "@" + plan.People[rng.Pick(others)].DisplayName;
        ctx.Friend2 = "@" + plan.People[rng.Pick(others)].DisplayName;
        if (ctx.Friend2 == ctx.Friend && others.Count > 1)
        {
            ctx.Friend2 = "@" + plan.People[others.First(i => "@" + plan.People[i].DisplayName != ctx.Friend)].DisplayName;
        }
    }
}
