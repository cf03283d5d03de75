using ExpertBot.CompanySim.Endorsements;
using ExpertBot.CompanySim.Catalogue;
using ExpertBot.CompanySim.People;
using ExpertBot.CompanySim.Planting;
using ExpertBot.CompanySim.Queries;
using ExpertBot.CompanySim.Work;

namespace ExpertBot.CompanySim.Generation;

/// <summary>A generated organisation with its answer key, in memory.</summary>
internal sealed record Company(
    TopicCatalogue Catalogue,
    IReadOnlyList<SimPerson> People,
    OrgPlan Plan,
    IReadOnlyList<WorkItem> Items,
    IReadOnlyList<EndorsementRecord> Endorsements,
    IReadOnlyList<QueryRecord> Queries);
