using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.People;
using ExpertBot.CompanySim.Planting;
using ExpertBot.CompanySim.Text;

namespace ExpertBot.CompanySim.Work;

/// <summary>
/// Writes everybody's work over two years: everyday items for all; topic work for experts (18–28 items, most naming
/// the topic) and practitioners (6–11, naming it less often); status notes for managers; questions; promotional posts
/// for self-promoters and rings. French speakers write about 80% of their items in French.
/// </summary>
internal sealed class WorkPlanner(Random random, DateOnly asOf)
{
    private const double ExpertNames = 0.78;
    private const double PractitionerNames = 0.45;
    private const double SiblingMention = 0.2;
    private const double CompanionMention = 0.3;

    private static readonly (string, double)[] ExpertMix =
    [
        (ItemKinds.Document, 0.25), (ItemKinds.Answer, 0.25), (ItemKinds.Message, 0.2), (ItemKinds.Post, 0.1),
        (ItemKinds.Comment, 0.1), (ItemKinds.Meeting, 0.05), (ItemKinds.Question, 0.05),
    ];

    private static readonly (string, double)[] PractitionerMix =
    [
        (ItemKinds.Document, 0.15), (ItemKinds.Answer, 0.15), (ItemKinds.Message, 0.25), (ItemKinds.Post, 0.05),
        (ItemKinds.Comment, 0.2), (ItemKinds.Meeting, 0.1), (ItemKinds.Question, 0.1),
    ];

    private static readonly (string, double)[] EverydayMix =
    [
        (ItemKinds.Message, 0.33), (ItemKinds.Meeting, 0.25), (ItemKinds.Comment, 0.12), (ItemKinds.Document, 0.12),
        (ItemKinds.Post, 0.1), (ItemKinds.Question, 0.08),
    ];

    private readonly ItemComposer composer = new(random);
    private readonly Calendar calendar = new(random, asOf);
    private int nextId = 1;

    public List<WorkItem> Plan(IReadOnlyList<SimPerson> people, TopicCatalogue catalogue, OrgPlan plan)
    {
        var byPerson = people.Select(_ => new List<(string Kind, ComposedItem Item)>()).ToList();
        foreach (var person in people)
        {
            var items = byPerson[person.Index];
            for (var n = random.Next(10, 18); n > 0; n--)
            {
                var kind = ItemKinds.Pick(random, EverydayMix);
                items.Add((kind, composer.Everyday(person.Department, kind, WritesFrenchNow(person))));
            }
        }

        foreach (var a in plan.Real)
        {
            var expert = a.Role == Roles.Expert;
            var sibling = plan.Siblings.Find(s => s.Person == a.Person && s.Origin == a.Topic)?.Topic;
            var companions = catalogue.Pairs
                .Select(p => p.A == a.Topic ? p.B : p.B == a.Topic ? p.A : null)
                .OfType<Topic>()
                .Where(t => plan.RealRole(a.Person, t) is not null)
                .ToList();
            for (var n = expert ? random.Next(18, 29) : random.Next(6, 12); n > 0; n--)
            {
                var kind = ItemKinds.Pick(random, expert ? ExpertMix : PractitionerMix);
                var named = random.NextDouble() < (expert ? ExpertNames : PractitionerNames);
                var mention = sibling is not null && random.NextDouble() < SiblingMention ? sibling : null;
                var companion = companions.Count > 0 && random.NextDouble() < CompanionMention ? composer.Pick(companions) : null;
                var item = composer.TopicWork(a.Topic, kind, WritesFrenchNow(a.Person), named, expert, mention, companion);
                byPerson[a.Person.Index].Add((kind, item));
            }
        }

        foreach (var a in plan.Managers)
        {
            var owned = plan.Managers.Where(m => m.Person == a.Person && m.Topic != a.Topic).Select(m => m.Topic).ToList();
            for (var n = random.Next(3, 6); n > 0; n--)
            {
                var kind = ItemKinds.Pick(random, [(ItemKinds.Post, 0.4), (ItemKinds.Meeting, 0.4), (ItemKinds.Message, 0.2)]);
                var other = owned.Count > 0 ? composer.Pick(owned) : a.Topic;
                byPerson[a.Person.Index].Add((kind, composer.ManagerNote(a.Topic, other, a.Person.Department, kind, WritesFrenchNow(a.Person))));
            }
        }

        foreach (var a in plan.Askers)
        {
            for (var n = random.Next(1, 3); n > 0; n--)
            {
                byPerson[a.Person.Index].Add((ItemKinds.Question, composer.Question(a.Topic, WritesFrenchNow(a.Person))));
            }
        }

        foreach (var a in plan.SelfPromoters)
        {
            for (var n = random.Next(3, 7); n > 0; n--)
            {
                byPerson[a.Person.Index].Add((ItemKinds.Post, composer.Promotion(a.Topic, WritesFrenchNow(a.Person), [])));
            }
        }

        foreach (var ring in plan.Rings)
        {
            foreach (var member in ring.Members)
            {
                var fellows = ring.Members.Where(m => m != member).Select(m => m.DisplayName).ToList();
                var genuine = ring.Genuine.Contains(member);
                for (var n = genuine ? random.Next(1, 3) : random.Next(3, 7); n > 0; n--)
                {
                    byPerson[member.Index].Add((ItemKinds.Post, composer.Promotion(ring.Topic, WritesFrenchNow(member), fellows)));
                }
            }
        }

        return Stamp(people, byPerson);
    }

    private List<WorkItem> Stamp(IReadOnlyList<SimPerson> people, List<List<(string Kind, ComposedItem Item)>> byPerson)
    {
        var result = new List<WorkItem>();
        foreach (var person in people)
        {
            var dated = byPerson[person.Index].Select(i => (When: calendar.Next(), i.Kind, i.Item)).ToList();
            foreach (var (when, kind, item) in dated.OrderBy(d => d.When))
            {
                var id = $"itm-{nextId++:D7}";
                result.Add(new WorkItem(id, person.Id, when, kind, item.Title, item.Text, UrlOf(person, kind, id)));
            }
        }

        return result;
    }

    private bool WritesFrenchNow(SimPerson person) => person.WritesFrench && random.NextDouble() < 0.8;

    private static string? UrlOf(SimPerson person, string kind, string id) => kind switch
    {
        ItemKinds.Document => $"https://sharepoint.{PeopleFactory.Domain}/sites/{Slug.Of(person.Department.English)}/Shared%20Documents/{id}.docx",
        ItemKinds.Post => $"https://engage.{PeopleFactory.Domain}/threads/{id}",
        ItemKinds.Answer or ItemKinds.Question => $"https://engage.{PeopleFactory.Domain}/questions/{id}",
        ItemKinds.Message or ItemKinds.Comment => $"https://teams.{PeopleFactory.Domain}/l/message/{id}",
        _ => null,
    };
}
