namespace ExpertBot.Presence;

/// <summary>Where presence is not configured: nobody's availability is known, so nothing is shown and nobody is skipped.</summary>
internal sealed class NoPresence : IPresenceReader, IPhotoSource
{
    public Task<IReadOnlyDictionary<string, Availability>> GetAsync(string tenantId, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, Availability>>(new Dictionary<string, Availability>());

    Task<PersonPhoto?> IPhotoSource.GetAsync(string tenantId, string personId, CancellationToken cancellationToken) => Task.FromResult<PersonPhoto?>(null);
}
