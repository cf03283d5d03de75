using ExpertBot.Teams;

namespace ExpertBot.Tests.Support;

/// <summary>A fixed bearer token for the bot's outbound calls, in place of MSAL.</summary>
internal sealed class FakeTokenProvider(string? token = FakeTokenProvider.Token) : IBotTokenProvider
{
    public const string Token = "fake-bot-token";

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult(token);
}
