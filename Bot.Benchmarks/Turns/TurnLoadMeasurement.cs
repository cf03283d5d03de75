using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ExpertBot.Benchmarks.Turns;

/// <summary>
/// --measure-turns: issue #13's load test, from outside the bot. A fake Bot Connector runs in this process on
/// loopback; the real bot runs as its own process with the demo organisation and Azurite. Phase 1 posts
/// message activities on a fixed schedule and measures how fast /api/messages answers and how long until each
/// reply reaches the connector; phase 2 makes the connector answer 503 while activities keep arriving, then
/// checks that every reply arrives exactly once after it recovers. Exits 1 when a target is missed.
/// </summary>
internal static class TurnLoadMeasurement
{
    private static readonly TimeSpan ReadyLimit = TimeSpan.FromMinutes(3);

    public static async Task<int> RunAsync(TurnLoadOptions options, CancellationToken cancellationToken = default)
    {
        // Ctrl+C or SIGTERM unwinds through the usings below, which end the bot and Azurite: never left behind.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            return await MeasureAsync(options, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("Stopped before the end: no figures.");
            return 130;
        }

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    private static async Task<int> MeasureAsync(TurnLoadOptions options, CancellationToken cancellationToken)
    {
        MachineInfo.Describe($"turns: {options.Describe()}");
        var root = RepositoryRoot();
        var logs = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"expertbot-turns-{Environment.ProcessId}")).FullName;

        await using var connector = await FakeConnector.StartAsync(cancellationToken);
        using var bot = await LocalBot.StartAsync(root, logs, cancellationToken);
        Console.WriteLine($"bot: {bot.BaseAddress} (log {bot.Process.LogPath}); fake connector: {connector.ServiceUrl}");
        var traffic = TurnTraffic.From(Path.Combine(root, "demo", "org", "queries.jsonl"), connector.ServiceUrl);
        using var http = OpenLoopSender.CreateClient();
        var sender = new OpenLoopSender(http, bot.Endpoint, traffic);

        var readyIn = await WaitForIndexAsync(sender, traffic, connector, cancellationToken);
        Console.WriteLine($"index loaded: the first answer card came {readyIn.TotalSeconds:N1} s after /healthz answered");

        var warmUp = Plan(traffic, "warmup", options.Rate * options.WarmUpSeconds);
        await sender.RunAsync(warmUp, options.Rate, cancellationToken);
        await WaitForRepliesAsync(connector, warmUp, Stopwatch.GetTimestamp(), TurnLoadOptions.LostAfter, null, cancellationToken);

        // Phase 1: the steady rate.
        var steadyLoad = MachineInfo.LoadAverage();
        var cpuBefore = bot.Process.CpuTime;
        var steadyPlan = Plan(traffic, "steady", options.Rate * options.Seconds);
        var steadyStart = Stopwatch.GetTimestamp();
        var steadySent = await sender.RunAsync(steadyPlan, options.Rate, cancellationToken);
        var steadyEnd = Stopwatch.GetTimestamp();
        await WaitForRepliesAsync(connector, steadyPlan, steadyEnd, TurnLoadOptions.LostAfter, null, cancellationToken);
        var cpu = bot.Process.CpuTime - cpuBefore;
        var steady = PhaseFigures.Of(steadySent, connector.Posts);
        var steadySeconds = PhaseFigures.Seconds(steadyStart, steadyEnd);

        // Phase 2: the connector down while activities keep arriving, then back.
        PhaseFigures? outage = null;
        var recoveredAt = 0L;
        var outageLoad = MachineInfo.LoadAverage();
        if (options.OutageSeconds > 0)
        {
            var count = Math.Max(1, (int)(options.OutageRate * options.OutageSeconds));
            var outagePlan = Enumerable.Range(0, count).Select(i => traffic.PlanSpread("outage", i, options.OutageConversations)).ToArray();
            connector.BeginOutage(options.RetryAfter);
            var outageStart = Stopwatch.GetTimestamp();
            var outageSent = await sender.RunAsync(outagePlan, options.OutageRate, cancellationToken);
            var remaining = TimeSpan.FromSeconds(options.OutageSeconds) - Stopwatch.GetElapsedTime(outageStart);
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining, cancellationToken);
            }

            connector.EndOutage();
            recoveredAt = Stopwatch.GetTimestamp();
            Console.WriteLine($"connector down for {PhaseFigures.Seconds(outageStart, recoveredAt):N1} s; waiting for the replies");
            await WaitForRepliesAsync(connector, outagePlan, recoveredAt, TurnLoadOptions.DrainLimit, TurnLoadOptions.DrainQuiet, cancellationToken);
            outage = PhaseFigures.Of(outageSent, connector.Posts);
        }

        var report = new TurnLoadReport(options, steady, steadySeconds, cpu, outage, recoveredAt, bot.Process.PeakResident, steadyLoad, outageLoad);
        report.Print();
        if (bot.Process.HasExited)
        {
            Console.Error.WriteLine($"The bot exited with code {bot.Process.ExitCode} during the measurement (log: {bot.Process.LogPath}).");
            return 1;
        }

        Console.WriteLine($"logs: {logs}");
        return report.Missed().Count == 0 ? 0 : 1;
    }

    private static PlannedActivity[] Plan(TurnTraffic traffic, string phase, int count) =>
        Enumerable.Range(0, count).Select(i => traffic.Plan(phase, i)).ToArray();

    /// <summary>Asks "who knows Kubernetes?" once a second until the answer is a card, not "still reading the organisation".</summary>
    private static async Task<TimeSpan> WaitForIndexAsync(OpenLoopSender sender, TurnTraffic traffic, FakeConnector connector, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        for (var attempt = 0; watch.Elapsed < ReadyLimit; attempt++)
        {
            var probe = new PlannedActivity($"ready-{attempt:D4}", "a:ready", "who knows Kubernetes?", "en-US");
            await sender.RunAsync([probe], 1, cancellationToken);
            for (var wait = 0; wait < 20; wait++)
            {
                if (connector.Posts.FirstOrDefault(p => p.Delivered && p.ReplyToId == probe.Id) is { } answer)
                {
                    if (answer.Card)
                    {
                        return watch.Elapsed;
                    }

                    break;
                }

                await Task.Delay(100, cancellationToken);
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new TimeoutException($"The bot did not answer a question with a card within {ReadyLimit.TotalMinutes:N0} minutes.");
    }

    /// <summary>
    /// Waits until every planned activity has a delivered reply, or <paramref name="limit"/> after <paramref name="from"/>,
    /// or (when <paramref name="quiet"/> is given) once nothing has reached the connector for that long.
    /// </summary>
    private static async Task WaitForRepliesAsync(FakeConnector connector, IReadOnlyList<PlannedActivity> plan, long from, TimeSpan limit, TimeSpan? quiet, CancellationToken cancellationToken)
    {
        var ids = plan.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        while (Stopwatch.GetElapsedTime(from) < limit)
        {
            var delivered = connector.Posts.Where(p => p.Delivered && p.ReplyToId is not null && ids.Contains(p.ReplyToId))
                .Select(p => p.ReplyToId!).ToHashSet(StringComparer.Ordinal);
            if (delivered.Count == ids.Count)
            {
                // Duplicates would come soon after if at all: a short grace lets them be counted.
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                return;
            }

            var last = Math.Max(from, connector.LastArrival);
            if (quiet is { } silence && Stopwatch.GetElapsedTime(last) > silence)
            {
                return;
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ExpertBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ExpertBot.sln above {AppContext.BaseDirectory}: run from the repository.");
    }
}
