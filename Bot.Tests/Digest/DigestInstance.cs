using ExpertBot.Digest;
using ExpertBot.Expertise;
using ExpertBot.Privacy;
using ExpertBot.Storage;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ExpertBot.Tests.Digest;

/// <summary>
/// One bot instance as far as the weekly digest goes: the production registrations (storage, digest, its
/// scheduler) over real Azurite tables shared with the other instances of a test, with its own clock and a
/// fake connector. A "killed" instance is one whose clock is never advanced again and whose connector hangs:
/// it renews nothing, releases nothing and answers nothing, like a process that died.
/// </summary>
internal sealed class DigestInstance : IAsyncDisposable
{
    public const string Tenant = "tenant-scheduled";

    /// <summary>The scheduler sends on Saturdays at 8:00 UTC: the Saturday of <see cref="DigestExamples.Week"/>'s end.</summary>
    public static readonly DateTimeOffset SendTime = new(2026, 11, 21, 8, 0, 30, TimeSpan.Zero);

    private readonly ServiceProvider services;
    private readonly IHostedService scheduler;

    public DigestInstance(string tablePrefix, TimeProvider time, IConnectorClient connector, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            ["Digest:DayOfWeek"] = nameof(DayOfWeek.Saturday),
            ["Digest:Hour"] = "8",
            ["Digest:TimeZone"] = "UTC",
            ["Digest:MessagesPerSecond"] = "0",
            ["Digest:Concurrency"] = "4",
            ["Digest:ClaimMinutes"] = "10",
            ["Digest:LeaseMinutes"] = "3",
            ["Digest:RetryMinutes"] = "2",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        collection.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        collection.AddSingleton(time);
        collection.AddSingleton<TrustedServiceUrls>();
        collection.AddStorage();
        collection.AddPrivacy();
        collection.AddDigest();
        collection.RemoveAll<IDigestOrganisationSource>();
        collection.AddSingleton<IDigestOrganisationSource>(new FixedOrganisation(DigestExamples.NinaRisingOnKubernetes));
        collection.AddSingleton(connector);
        services = collection.BuildServiceProvider();
        scheduler = services.GetServices<IHostedService>().Single(s => s.GetType().Name == "DigestScheduler");
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public TableClients Tables => services.GetRequiredService<TableClients>();

    public LeaseStore Leases => services.GetRequiredService<LeaseStore>();

    public DeliveryStore Deliveries => services.GetRequiredService<DeliveryStore>();

    /// <summary>Subscribes conversations a:conv-0 … a:conv-(count-1), one person each, to Kubernetes.</summary>
    public async Task SubscribeAsync(int count)
    {
        var store = services.GetRequiredService<SubscriptionStore>();
        await Parallel.ForAsync(0, count, async (i, ct) => await store.SaveAsync(new Subscription(
            Tenant, Subscription.PersonKey($"user-{i}"), $"user-{i}", ["Kubernetes"], "en",
            "https://smba.trafficmanager.net/emea/", "28:bot", $"a:conv-{i}", "personal", $"29:user-{i}"), ct));
    }

    /// <summary>How many subscribers' digests of the week are settled (sent, empty or removed): no claim left open.</summary>
    public async Task<int> SettledAsync() =>
        (await Deliveries.ListAsync(Tenant, DigestExamples.Week)).Values.Count(s => s != DeliveryState.Claimed);

    public Task StartAsync() => scheduler.StartAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await scheduler.StopAsync(timeout.Token);
        await services.DisposeAsync();
    }
}
