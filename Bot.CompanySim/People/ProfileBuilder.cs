using ExpertBot.CompanySim.Planting;
using ExpertBot.CompanySim.Text;

namespace ExpertBot.CompanySim.People;

/// <summary>
/// Fills the profiles: most experts list their topic (by any of its names), some list nothing; practitioners less
/// often; gamers always list the topic they claim; managers list their teams as responsibilities.
/// </summary>
internal static class ProfileBuilder
{
    public static void Build(Random random, ItemComposer composer, IReadOnlyList<SimPerson> people, OrgPlan plan, DateOnly asOf)
    {
        foreach (var a in plan.Real)
        {
            var p = a.Person;
            var phrases = ItemComposer.PhrasesFor(p.WritesFrench);
            if (random.NextDouble() < (a.Role == Roles.Expert ? 0.75 : 0.4))
            {
                AddSkill(p, composer.NameOf(a.Topic, p.WritesFrench));
            }

            if (a.Role == Roles.Expert && random.NextDouble() < 0.4)
            {
                var terms = ItemComposer.Terms(a.Topic, p.WritesFrench, deep: true);
                var slots = new Slots(Topic: composer.NameOf(a.Topic, p.WritesFrench), A: composer.Pick(terms));
                var year = asOf.Year - random.Next(1, 5);
                p.PastProjects.Add(Template.Fill(composer.Pick(phrases.PastProjects), slots).Replace("{year}", $"{year}", StringComparison.Ordinal));
            }
        }

        foreach (var a in plan.Managers)
        {
            var name = composer.NameOf(a.Topic, a.Person.WritesFrench);
            a.Person.Responsibilities.Add(a.Person.WritesFrench ? $"Équipe {name}" : $"{name} team");
            if (random.NextDouble() < 0.25)
            {
                AddSkill(a.Person, name);
            }
        }

        foreach (var a in plan.SelfPromoters)
        {
            AddSkill(a.Person, composer.NameOf(a.Topic, a.Person.WritesFrench));
            var slots = new Slots(Topic: composer.NameOf(a.Topic, a.Person.WritesFrench), Tag: Template.Hashtag(a.Topic.English));
            a.Person.AboutMe = Template.Fill(composer.Pick(ItemComposer.PhrasesFor(a.Person.WritesFrench).AboutMePromoter), slots);
        }

        foreach (var ring in plan.Rings)
        {
            foreach (var member in ring.Members)
            {
                AddSkill(member, composer.NameOf(ring.Topic, member.WritesFrench));
            }
        }

        foreach (var p in people)
        {
            if (random.NextDouble() < 0.6)
            {
                AddSkill(p, composer.Pick(p.Department.GenericSkills));
            }

            if (p.AboutMe is null && random.NextDouble() < 0.7)
            {
                var phrases = ItemComposer.PhrasesFor(p.WritesFrench);
                var about = composer.Pick(phrases.AboutMe)
                    .Replace("{title}", p.JobTitle, StringComparison.Ordinal)
                    .Replace("{dept}", p.WritesFrench ? p.Department.French : p.Department.English, StringComparison.Ordinal)
                    .Replace("{office}", p.Office, StringComparison.Ordinal);
                var own = plan.Real.Find(r => r.Person == p && r.Role == Roles.Expert);
                if (own is not null && random.NextDouble() < 0.4)
                {
                    about += " " + Template.Fill(composer.Pick(phrases.AboutMeTopic), new Slots(Topic: composer.NameOf(own.Topic, p.WritesFrench)));
                }

                p.AboutMe = about;
            }
        }
    }

    private static void AddSkill(SimPerson person, string skill)
    {
        if (!person.Skills.Contains(skill, StringComparer.OrdinalIgnoreCase))
        {
            person.Skills.Add(skill);
        }
    }
}
