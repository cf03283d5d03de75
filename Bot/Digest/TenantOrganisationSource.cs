using ExpertBot.Endorsements;
using ExpertBot.Expertise;

namespace ExpertBot.Digest;

/// <summary>
/// The evidence a tenant's digest reads: the evidence its own index was built from when its source keeps it
/// (a tenant synced from Graph), otherwise the configured snapshot; with the endorsements given in the bot. Its topics
/// start from the lexicon of the index search answers from, so that a riser is found by asking about their topic.
/// </summary>
internal sealed class TenantOrganisationSource(ExpertiseCatalog catalog, SnapshotOrganisationSource snapshot, SocialLayer social) : IDigestOrganisationSource
{
    public async Task<Organisation?> ForTenantAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if ((catalog.EvidenceFor(tenantId) ?? await snapshot.ForTenantAsync(tenantId, cancellationToken)) is not { } organisation)
        {
            return null;
        }

        var live = await social.EndorsementsAsync(tenantId, cancellationToken);
        return live.Count == 0 ? organisation : organisation with { Endorsements = [.. organisation.Endorsements, .. live] };
    }

    public TopicLexicon LexiconFor(string tenantId) => catalog.For(tenantId)?.Lexicon ?? TopicLexicon.Curated;
}
