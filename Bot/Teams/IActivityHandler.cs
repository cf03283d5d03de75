namespace ExpertBot.Teams;

/// <summary>Handles an authenticated activity; invokes return the response Teams waits for.</summary>
internal interface IActivityHandler
{
    Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken = default);
}
