using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using ExpertBot.Demo;
using ExpertBot.Digest;
using ExpertBot.Expertise;
using ExpertBot.Privacy;
using ExpertBot.Snapshots;
using ExpertBot.Storage;
using ExpertBot.Teams;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ExpertBot.Benchmarks;

/// <summary>
/// --measure-digest [--subscribers N] [--week YYYY-MM-DD]: one tenant's weekly digest run for N subscribers, as the
/// scheduler runs it (detection, charts, claim → send → settle per subscriber, the week recorded complete), against
/// a real Table Storage emulator started here (Azurite, in memory) and a Bot Connector that accepts every card at
/// once. Reports the time, Table Storage calls by table and method, connector calls and the peak resident memory.
/// The evidence is the organisation of the benchmarks (--snapshot DIR, e.g. an OrgSim one, or the generator's at
/// --people N), already in memory as after a Graph sync: the run itself makes no Graph call. Unpaced: in production
/// Pacer spreads the sends at MessagesPerSecond (40), which alone takes N / 40 s.
/// </summary>
internal static class DigestMeasurement
{
    private const string Tenant = "tenant-bench";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static int Run(int subscribers, DateOnly week)
    {
        MachineInfo.Describe();
        var organisation = BenchScale.Snapshot is { } snapshot
            ? SnapshotReader.ReadAsync(snapshot).GetAwaiter().GetResult()
            : SyntheticOrganisation.Generate(BenchScale.Options with { AsOf = new DateTimeOffset(week.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) }).Organisation;
        var lexicon = ExpertIndex.Build(organisation).Lexicon;
        Console.WriteLine($"organisation: {organisation.People.Count:N0} people, {organisation.Signals.Count:N0} items; {subscribers:N0} subscribers; week ending {week:yyyy-MM-dd}");

        using var azurite = LocalAzurite.Start();
        var counter = new TableCallCounter();
        var clientOptions = TableClients.DefaultClientOptions();
        clientOptions.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var tables = new TableClients(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "bench" }), clientOptions);
        var trusted = new TrustedServiceUrls();
        trusted.Trust(ServiceUrl);
        var subscriptions = new SubscriptionStore(tables, trusted);

        var watch = Stopwatch.StartNew();
        SubscribeAsync(subscriptions, organisation, subscribers).GetAwaiter().GetResult();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"subscribing (not part of the run): {watch.Elapsed.TotalSeconds:N1} s, {counter.Total:N0} table calls"));

        var connector = new AcceptingConnector();
        var sender = new DigestSender(
            subscriptions, new DeliveryStore(tables, TimeProvider.System), new ChartStore(tables, TimeProvider.System), new PreferenceStore(tables, TimeProvider.System),
            new InMemoryOrganisation(organisation, lexicon), connector, TimeProvider.System,
            Options.Create(new DigestOptions { MessagesPerSecond = 0, PublicBaseUrl = new Uri("https://bot.contoso.example/") }),
            NullLogger<DigestSender>.Instance);
        counter.Reset();
        GC.Collect();
        var residentBefore = ProcessMemory.Resident();
        ProcessMemory.ResetPeak();
        watch.Restart();
        var summary = sender.RunTenantAsync(Tenant, week).GetAwaiter().GetResult();
        watch.Stop();
        var peak = ProcessMemory.PeakResident();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run: {watch.Elapsed.TotalSeconds:N1} s unpaced ({summary.Sent:N0} sent, {summary.Empty:N0} empty, {summary.Pending:N0} pending); paced at 40/s the sends alone take {summary.Sent / 40.0:N0} s"));
        Console.WriteLine($"connector: {connector.Sends:N0} sends, {connector.Created:N0} conversations created; Graph: 0 calls (the evidence is the last sync's, in memory)");
        Console.WriteLine($"table calls: {counter.Total:N0} ({(double)counter.Total / Math.Max(1, subscribers):N2} per subscriber): {string.Join(", ", counter.Calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value:N0}"))}");
        Console.WriteLine($"peak resident {ProcessMemory.Megabytes(peak)} (from {ProcessMemory.Megabytes(residentBefore)} before the run)");
        return summary.Pending == 0 ? 0 : 1;
    }

    // A third each: personal with explicit topics (their own skills, as typed), personal following their own work, channels.
    private static async Task SubscribeAsync(SubscriptionStore store, Organisation organisation, int count)
    {
        var people = organisation.People;
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var person = people[i % people.Count];
            var subscription = (i % 3) switch
            {
                0 => new Subscription(Tenant, Subscription.PersonKey($"user-{i}"), person.Id, [.. person.Skills.Take(2)], "en", ServiceUrl, "28:bot", $"a:conv-{i}", "personal", $"29:user-{i}"),
                1 => new Subscription(Tenant, Subscription.PersonKey($"user-{i}"), person.Id, [], i % 2 == 0 ? "fr" : "en", ServiceUrl, "28:bot", $"a:conv-{i}", "personal", $"29:user-{i}"),
                _ => new Subscription(Tenant, $"conversation:19:channel-{i}", null, [], "en", ServiceUrl, "28:bot", $"19:channel-{i}", "channel", null),
            };
            await store.SaveAsync(subscription, ct);
        });
    }
}
