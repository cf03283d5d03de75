using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace ExpertBot.Teams;

/// <summary>
/// Client-credentials tokens for the Bot Connector from MSAL, which caches them until shortly before they
/// expire: a client secret for a single-tenant app registration, or the user-assigned managed identity.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly BotOptions options;
    private readonly Lazy<IConfidentialClientApplication>? confidential;
    private readonly Lazy<IManagedIdentityApplication>? managed;

    public MsalBotTokenProvider(IOptions<BotOptions> options)
    {
        this.options = options.Value;
        if (this.options.IsDevelopmentMode)
        {
            return;
        }

        if (this.options.IsManagedIdentity)
        {
            managed = new(() => ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(this.options.MicrosoftAppId!))
                .Build());
        }
        else
        {
            confidential = new(() => ConfidentialClientApplicationBuilder
                .Create(this.options.MicrosoftAppId)
                .WithClientSecret(this.options.MicrosoftAppPassword)
                .WithAuthority($"{this.options.AuthorityHost.TrimEnd('/')}/{this.options.MicrosoftAppTenantId}")
                .Build());
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (managed is not null)
        {
            var resource = options.ConnectorScope.Replace("/.default", string.Empty, StringComparison.Ordinal);
            var result = await managed.Value.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        if (confidential is not null)
        {
            var result = await confidential.Value.AcquireTokenForClient([options.ConnectorScope]).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        return null;
    }
}
