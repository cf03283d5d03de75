namespace ExpertBot.OrgSim;

/// <summary>The answer key per person and topic (roles.jsonl); topics are written by canonical name.</summary>
internal static class RoleBuilder
{
    public static IEnumerable<RoleRecord> Build(OrgPlan plan)
    {
        var catalogue = plan.Catalogue;
        foreach (var person in plan.People)
        {
            foreach (var e in person.Expertise)
            {
                yield return new RoleRecord(person.Id, e.Grade == 2 ? "expert" : "practitioner", catalogue[e.Topic].English);
            }

            var role = person.Persona switch
            {
                Persona.SelfPromoter => "self-promoter",
                Persona.RingMember => "ring-member",
                Persona.Manager => "manager",
                Persona.Generalist => "generalist",
                _ => null,
            };
            if (role is not null)
            {
                foreach (var topic in person.PersonaTopics)
                {
                    yield return new RoleRecord(person.Id, role, catalogue[topic].English);
                }
            }

            var seen = new HashSet<int>();
            foreach (var sibling in person.Expertise.SelectMany(e => catalogue.Siblings(e.Topic)))
            {
                if (!person.Knows(sibling) && seen.Add(sibling))
                {
                    yield return new RoleRecord(person.Id, "sibling-expert", catalogue[sibling].English);
                }
            }
        }
    }
}
