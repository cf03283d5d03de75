namespace ExpertBot.Deployment;

/// <summary>What the Teams app package needs to know about one deployment.</summary>
/// <param name="MicrosoftAppId">The bot's Microsoft Entra app id (client id), a GUID.</param>
/// <param name="BotDomain">The web app's host name, e.g. <c>expertbot-abc.azurewebsites.net</c>.</param>
internal sealed record TeamsAppSettings(string MicrosoftAppId, string BotDomain);
