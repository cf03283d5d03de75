using System.Text.Json;
using ExpertBot.Teams;
using ExpertBot.Hosting;
using ExpertBot.Routing;

namespace ExpertBot.Conversation;

/// <summary>
/// One turn: route the activity to the feature that answers it, then deliver the feature's <see cref="Reply"/>
/// (sent to the conversation for a message, in the HTTP response for an invoke). A failure anywhere gives the
/// person a short apology in their language instead of silence.
/// </summary>
internal sealed partial class TurnHandler(
    AnswerBuilder answers,
    EndorseFlow endorse,
    MorePeopleFlow morePeople,
    SearchExtension search,
    PrivacyFlow privacy,
    ProfileFlow profile,
    SubscriptionFlow subscriptions,
    InstallFlow install,
    RoutingFlow routing,
    ReplySender sender,
    ILogger<TurnHandler> logger) : IActivityHandler
{
    private const string CardActionInvoke = "adaptiveCard/action";
    private const string SearchInvoke = "composeExtension/query";

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var turn = Turn.From(activity);
        if (activity.Type == ActivityTypes.Invoke)
        {
            return await InvokeAsync(turn, cancellationToken);
        }

        Reply reply;
        try
        {
            reply = await RouteAsync(turn, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFeatureFailed(logger, ex.GetType().Name, activity.Type);
            reply = new Reply.Text(turn.Texts["Sorry"]);
        }

        await sender.SendAsync(turn, reply, cancellationToken);
        return null;
    }

    private async Task<InvokeResponse> InvokeAsync(Turn turn, CancellationToken cancellationToken)
    {
        var name = turn.Activity.Name;
        if (name is not (CardActionInvoke or SearchInvoke))
        {
            LogUnknownInvoke(logger, name is { Length: <= 64 } known ? known : "(none or too long)");
            // 400, not 501: the invoke is refused as input, and the endpoint never answers a client's input with a 5xx.
            return ReplySender.ForCardAction(new Reply.BadRequest("This bot does not handle that invoke."));
        }

        Reply reply;
        try
        {
            reply = name == SearchInvoke ? await search.OnQueryAsync(turn, cancellationToken)
                : Cards.ExpertsCardVerbs.AsksPage(CardAction.VerbOf(turn.Activity.Value)) ? await morePeople.OnInvokeAsync(turn, cancellationToken)
                : RoutingAction.IsRouting(turn.Activity.Value) ? await routing.OnInvokeAsync(turn, cancellationToken)
                : await endorse.OnInvokeAsync(turn, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Teams waits about 15 s for an invoke; the endpoint's deadline fired first. The action may still
            // have been applied (storage was slow, not down), so the message does not claim nothing changed.
            LogInvokeTooSlow(logger, name);
            reply = new Reply.Text(turn.Texts["TooSlow"]);
        }
        catch (Exception ex)
        {
            LogFeatureFailed(logger, ex.GetType().Name, name);
            reply = new Reply.Text(turn.Texts["Sorry"]);
        }

        return name == SearchInvoke ? ReplySender.ForSearch(reply) : ReplySender.ForCardAction(reply);
    }

    private async Task<Reply> RouteAsync(Turn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                return await install.OnInstallAsync(turn, cancellationToken);
            case ActivityTypes.Message when string.IsNullOrWhiteSpace(activity.Text) && activity.Value is { ValueKind: JsonValueKind.Object }:
                // Action.Submit from a client without Universal Actions.
                return CardAction.FromSubmit(activity.Value) is { } action
                    ? await endorse.OnSubmitAsync(turn, action, cancellationToken)
                    : new Reply.Text(turn.Texts["BadAction"]);
            case ActivityTypes.Message when IsSharedCard(activity):
                // A card someone shared (e.g. picked with "Find an expert" from the message box): not a question.
                LogSharedCardIgnored(logger);
                return Reply.None;
            case ActivityTypes.Message:
                return await OnQuestionAsync(turn, cancellationToken);
            default:
                // Typing, reactions, message updates and the like: acknowledged, nothing to do.
                return Reply.None;
        }
    }

    private async Task<Reply> OnQuestionAsync(Turn turn, CancellationToken cancellationToken)
    {
        var intent = QuestionParser.Parse(turn.Activity.Text);
        turn = turn.InLanguage(intent.Language ?? turn.Language);
        var identified = turn.ViewerId is not null && turn.TenantId is not null;
        return intent switch
        {
            Intent.Help => ReplySender.Help(turn),
            Intent.Thanks => new Reply.Text(turn.Texts["ThanksReply"]),
            Intent.FindExperts find => await answers.AnswerAsync(turn, find, cancellationToken),
            Intent.Endorse request => await endorse.OnChatAsync(turn, request, cancellationToken),
            Intent.Subscribe or Intent.Unsubscribe or Intent.MySubscriptions => await subscriptions.AnswerAsync(turn, intent, cancellationToken),
            Intent.SetPreference or Intent.ForgetMe or Intent.MyExpertise when !identified => new Reply.Text(turn.Texts["NoIdentity"]),
            Intent.SetPreference set => await privacy.ChangeAsync(turn, set.Change, cancellationToken),
            Intent.MyExpertise => await profile.AnswerAsync(turn, cancellationToken),
            Intent.ForgetMe => await privacy.ForgetAsync(turn, cancellationToken),
            _ => new Reply.Text(turn.Texts["TopicMissing"]),
        };
    }

    /// <summary>
    /// A message that carries a card and no words of its own: a card shared in the chat, such as a result of the
    /// "Find an expert" message extension (its text holds only the inline-compose-card markup), or a forwarded card.
    /// </summary>
    private static bool IsSharedCard(Activity activity) =>
        QuestionParser.StripMentions(activity.Text).Length == 0
        && activity.Attachments?.Any(a => a?.ContentType?.StartsWith("application/vnd.microsoft.card.", StringComparison.OrdinalIgnoreCase) == true) == true;

    [LoggerMessage(EventId = EventIds.Conversation.UnknownInvoke, Level = LogLevel.Information, Message = "Invoke {Name} is not handled")]
    private static partial void LogUnknownInvoke(ILogger logger, string name);

    [LoggerMessage(EventId = EventIds.Conversation.SharedCardIgnored, Level = LogLevel.Information, Message = "A shared card with no text is not a question: not answered")]
    private static partial void LogSharedCardIgnored(ILogger logger);

    [LoggerMessage(EventId = EventIds.Conversation.FeatureFailed, Level = LogLevel.Error, Message = "A feature failed with {Exception} on a {Kind} turn; the person was sent an apology")]
    private static partial void LogFeatureFailed(ILogger logger, string exception, string? kind);

    [LoggerMessage(EventId = EventIds.Conversation.InvokeTooSlow, Level = LogLevel.Warning, Message = "Invoke {Name} did not finish before the deadline; the person was asked to try again")]
    private static partial void LogInvokeTooSlow(ILogger logger, string? name);
}
