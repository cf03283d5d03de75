using System.Threading.Channels;
using ExpertBot.Hosting;
using ExpertBot.Localization;
using ExpertBot.Privacy;
using ExpertBot.Storage;
using ExpertBot.Teams;

namespace ExpertBot.Endorsements;

/// <summary>
/// Tells endorsed colleagues, proactively and in their own language, unless they turned notices off.
/// Sent from a queue so the card answers at once; a person who never installed the bot is not messaged.
/// </summary>
internal sealed partial class EndorsementNotifier(
    ConversationReferenceStore conversations,
    PreferenceStore preferences,
    IConnectorClient connector,
    ILogger<EndorsementNotifier> logger) : BackgroundService
{
    private readonly Channel<EndorsementNotice> queue = Channel.CreateBounded<EndorsementNotice>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Enqueue(EndorsementNotice notice) => queue.Writer.TryWrite(notice);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var notice in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(notice, stoppingToken);
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException or Azure.RequestFailedException)
            {
                LogFailed(logger, ex.GetType().Name);
            }
        }
    }

    internal async Task<bool> SendAsync(EndorsementNotice notice, CancellationToken cancellationToken)
    {
        if ((await preferences.GetAsync(notice.TenantId, notice.EndorseeId, cancellationToken)) is { NoEndorsementNotices: true } or { Findable: false })
        {
            return false;
        }

        if (await conversations.FindPersonalAsync(notice.TenantId, notice.EndorseeId, cancellationToken) is not { } reference)
        {
            return false;
        }

        var texts = Texts.For(LanguageExtensions.FromLocale(reference.Locale));
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Text = $"{texts.Format("EndorseNotice", notice.EndorserName, notice.Topic)} {texts["EndorseNoticeOff"]}",
            TextFormat = "plain",
            From = new ChannelAccount { Id = reference.BotId },
            Conversation = new ConversationAccount { Id = reference.ConversationId },
        };
        await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, message, cancellationToken);
        return true;
    }

    [LoggerMessage(EventId = EventIds.Endorsements.NoticeFailed, Level = LogLevel.Warning, Message = "An endorsement notice could not be sent ({Error})")]
    private static partial void LogFailed(ILogger logger, string error);
}
