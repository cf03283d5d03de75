using ExpertBot.Privacy;

namespace ExpertBot.Routing;

internal static class QuestionRoutingServiceCollectionExtensions
{
    /// <summary>"Ask them": routing questions to experts, introductions, thanks, and the scheduler that moves questions on.</summary>
    public static IServiceCollection AddQuestionRouting(this IServiceCollection services)
    {
        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<QuestionStore>();
        services.AddSingleton<RoutingLoadStore>();
        services.AddSingleton<ThanksStore>();
        services.AddSingleton<RoutingMessenger>();
        services.AddSingleton<QuestionDispatcher>();
        services.AddSingleton<QuestionRouter>();
        services.AddSingleton<RoutingFlow>();
        services.AddSingleton<IPersonDataEraser, RoutingEraser>();
        services.AddSingleton<RoutingScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<RoutingScheduler>());
        return services;
    }
}
