using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.Endorsements;
using ExpertBot.CompanySim.People;
using ExpertBot.CompanySim.Planting;
using ExpertBot.CompanySim.Queries;
using ExpertBot.CompanySim.Text;
using ExpertBot.CompanySim.Work;

namespace ExpertBot.CompanySim.Generation;

/// <summary>
/// Generates the organisation in a fixed order from one seeded <see cref="Random"/>: people, managers and gamers, real
/// expertise, noise, profiles, work, endorsements, queries. No IO.
/// </summary>
internal static class CompanyGenerator
{
    public static Company Generate(int peopleCount, int seed, DateOnly asOf)
    {
        var random = new Random(seed);
        var catalogue = TopicCatalogue.Load();
        var people = PeopleFactory.Create(random, peopleCount);
        var plan = new OrgPlan();
        NoisePlanter.PlantManagers(random, people, catalogue, plan);
        GamingPlanter.PlantGamers(random, people, catalogue, plan);
        ExpertisePlanter.Plant(random, people, catalogue, plan);
        GamingPlanter.AddGenuineMembers(random, plan);
        NoisePlanter.PlantAskersAndSiblings(random, people, catalogue, plan);
        ProfileBuilder.Build(random, new ItemComposer(random), people, plan, asOf);
        var items = new WorkPlanner(random, asOf).Plan(people, catalogue, plan);
        var endorsements = new EndorsementPlanner(random, asOf).Plan(people, catalogue, plan);
        var queries = QueryBuilder.Build(random, catalogue, plan);
        return new Company(catalogue, people, plan, items, endorsements, queries);
    }
}
