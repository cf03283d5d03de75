using ExpertBot.Digest;
using ExpertBot.Expertise;

namespace ExpertBot.Tests.Digest;

/// <summary>The same organisation for every tenant, in place of the snapshot or the Graph sync.</summary>
internal sealed class FixedOrganisation(Organisation organisation) : IDigestOrganisationSource
{
    public Task<Organisation?> ForTenantAsync(string tenantId, CancellationToken cancellationToken = default) => Task.FromResult<Organisation?>(organisation);
}
