namespace ExpertBot.OrgSim;

/// <summary>
/// Directory profiles. Real experts declare their topics only some of the time; self-promoters and ring members
/// always declare the topic they promote; managers list their teams' topics as responsibilities.
/// </summary>
internal sealed class ProfileBuilder(OrgPlan plan, Phrasebook en, Phrasebook fr)
{
    private readonly SlotContext ctx = new(plan.Words, plan.AsOf.Year);

    public PersonRecord Build(PersonPlan person, Random rng)
    {
        var french = person.PrefersFrench;
        var book = french ? fr : en;
        var department = Departments.All[person.Department];
        ctx.JobTitle = person.JobTitle;
        ctx.Department = french ? department.NameFr : department.Name;
        ctx.City = person.Office;
        var promoted = person.Persona is Persona.SelfPromoter or Persona.RingMember ? plan.Catalogue[person.PersonaTopics[0]] : null;

        return new PersonRecord(
            person.Id,
            person.DisplayName,
            person.Mail,
            person.Mail.ToLowerInvariant(),
            person.JobTitle,
            department.Name,
            person.Office,
            french ? "fr-FR" : "en-US",
            AboutMe(person, promoted, book, rng),
            NullIfEmpty(Skills(person, promoted, book, rng)),
            NullIfEmpty(Responsibilities(person, book, rng)),
            NullIfEmpty(Projects(person, book, rng)),
            NullIfEmpty(Interests(french, rng)));
    }

    private static List<string>? NullIfEmpty(List<string> list) => list.Count == 0 ? null : list;

    private string? AboutMe(PersonPlan person, Topic? promoted, Phrasebook book, Random rng)
    {
        if (promoted is not null && rng.Chance(0.75))
        {
            Start(rng, book.French, promoted, 1);
            ctx.Name = promoted.InSentence(book.French);
            return Line(book["about.promo"]);
        }

        if (!rng.Chance(0.6))
        {
            return null;
        }

        Start(rng, book.French, null, 1);
        var about = Line(book["about"]);
        if (person.Expertise.Count > 0 && person.Expertise[0].Start < plan.WindowStart && rng.Chance(0.6))
        {
            var e = person.Expertise[0];
            Start(rng, book.French, plan.Catalogue[e.Topic], e.Grade);
            about += " " + Line(book["about.topic"]);
        }

        return about;
    }

    private List<string> Skills(PersonPlan person, Topic? promoted, Phrasebook book, Random rng)
    {
        var skills = new List<string>();
        if (promoted is not null)
        {
            skills.Add(SkillName(promoted, book.French, rng));
        }

        foreach (var e in person.Expertise.Where(e => e.Start < plan.WindowStart))
        {
            if (rng.Chance(e.Grade == 2 ? 0.6 : 0.3))
            {
                skills.Add(SkillName(plan.Catalogue[e.Topic], book.French, rng));
            }
        }

        if (person.Persona == Persona.Generalist && rng.Chance(0.5))
        {
            skills.AddRange(person.PersonaTopics.Take(rng.Range(3, 6)).Select(t => SkillName(plan.Catalogue[t], book.French, rng)));
        }

        Start(rng, book.French, null, 1);
        for (var i = rng.Range(0, 3); i > 0; i--)
        {
            var generic = Line(book["skill.generic"]);
            if (!skills.Contains(generic))
            {
                skills.Add(generic);
            }
        }

        return skills;
    }

    private List<string> Responsibilities(PersonPlan person, Phrasebook book, Random rng)
    {
        var list = new List<string>();
        if (person.Persona == Persona.Manager)
        {
            foreach (var topic in person.PersonaTopics)
            {
                Start(rng, book.French, plan.Catalogue[topic], 1);
                ctx.Name = plan.Catalogue[topic].Name(book.French);
                list.Add(Line(book["responsibility.manager"]));
            }
        }

        foreach (var e in person.Expertise.Where(e => e.Grade == 2 && rng.Chance(0.2)))
        {
            Start(rng, book.French, plan.Catalogue[e.Topic], e.Grade);
            ctx.Name = plan.Catalogue[e.Topic].Name(book.French);
            list.Add(Line(book["responsibility.expert"]));
        }

        if (rng.Chance(0.25))
        {
            Start(rng, book.French, null, 1);
            list.Add(Line(book["responsibility.generic"]));
        }

        return list;
    }

    private List<string> Projects(PersonPlan person, Phrasebook book, Random rng)
    {
        var list = new List<string>();
        foreach (var e in person.Expertise.Where(e => e.Grade == 2 && rng.Chance(0.4)))
        {
            Start(rng, book.French, plan.Catalogue[e.Topic], e.Grade);
            for (var i = rng.Range(1, 2); i > 0; i--)
            {
                list.Add(TextCase.Capitalize(Line(book["project"])));
            }
        }

        return list;
    }

    private List<string> Interests(bool french, Random rng)
    {
        var pool = plan.Words[french ? "interest.fr" : "interest.en"];
        return rng.Chance(0.5) ? Enumerable.Range(0, rng.Range(1, 3)).Select(_ => rng.Pick(pool)).Distinct().ToList() : [];
    }

    private static string SkillName(Topic topic, bool french, Random rng)
    {
        if (french && topic.HasDistinctFrenchName && rng.Chance(0.5))
        {
            return topic.French;
        }

        return topic.Aliases.Count > 0 && rng.Chance(0.35) ? rng.Pick(topic.Aliases) : topic.English;
    }

    private void Start(Random rng, bool french, Topic? topic, int grade) =>
        ctx.Start(rng, french, topic, topic is null ? null : plan.Catalogue.Family(topic), grade < 2);

    private string Line(TemplateSet set)
    {
        ctx.NewSentence();
        return set.Pick(ctx.Random).Render(ctx, ctx.French);
    }
}
