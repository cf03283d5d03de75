namespace ExpertBot.Privacy;

/// <summary>
/// A feature that stores something about a person (subscriptions, synced evidence) and deletes it on "forget me".
/// Returns how many records it deleted.
/// </summary>
internal interface IPersonDataEraser
{
    Task<int> EraseAsync(string tenantId, string personId, CancellationToken cancellationToken = default);
}
