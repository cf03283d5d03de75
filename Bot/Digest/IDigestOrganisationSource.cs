using ExpertBot.Expertise;

namespace ExpertBot.Digest;

/// <summary>The evidence of one tenant as the digest reads it (items with dates, people, endorsements); null when not loaded.</summary>
internal interface IDigestOrganisationSource
{
    Task<Organisation?> ForTenantAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>The topics search knows for the tenant (its index's lexicon: curated and learned), which the digest's topics start from.</summary>
    TopicLexicon LexiconFor(string tenantId) => TopicLexicon.Curated;
}
