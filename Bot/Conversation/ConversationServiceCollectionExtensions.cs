using ExpertBot.Teams;

namespace ExpertBot.Conversation;

internal static class ConversationServiceCollectionExtensions
{
    /// <summary>Turns: understanding what people ask and answering with cards.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddSingleton<AnswerBuilder>();
        services.AddSingleton<EndorseFlow>();
        services.AddSingleton<MorePeopleFlow>();
        services.AddSingleton<PrivacyFlow>();
        services.AddSingleton<ProfileFlow>();
        services.AddSingleton<SearchExtension>();
        services.AddSingleton<SubscriptionFlow>();
        services.AddSingleton<InstallFlow>();
        services.AddSingleton<ReplySender>();
        services.AddSingleton<IActivityHandler, TurnHandler>();
        return services;
    }
}
