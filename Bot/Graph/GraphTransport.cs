namespace ExpertBot.Graph;

/// <summary>
/// The HTTP handler Graph's client and the credential send through, registered by tests only: a local fake over
/// HTTPS is trusted by its own certificate, explicitly, never by turning validation off. Production registers none
/// and gets the platform's handler and trust store.
/// </summary>
internal sealed class GraphTransport(Func<HttpMessageHandler> createHandler)
{
    public HttpMessageHandler CreateHandler() => createHandler();
}
