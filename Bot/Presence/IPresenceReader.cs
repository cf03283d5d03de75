namespace ExpertBot.Presence;

/// <summary>
/// The availability of the people a card shows or a question may be routed to: one call for many people, cached
/// briefly. People it has nothing on are absent from the answer (read them as <see cref="Availability.Unknown"/>).
/// </summary>
internal interface IPresenceReader
{
    Task<IReadOnlyDictionary<string, Availability>> GetAsync(string tenantId, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken = default);
}
