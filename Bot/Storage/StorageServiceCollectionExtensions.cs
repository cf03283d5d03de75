namespace ExpertBot.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>Azure Table Storage (Azurite locally) and the stores built on it.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TableClients>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<LeaseStore>();
        return services;
    }
}
