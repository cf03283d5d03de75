using System.Globalization;
using Spectre.Console;

namespace ExpertBot.Benchmarks.Turns;

/// <summary>The load test's figures as tables, and issue #13's targets, each met or missed.</summary>
internal sealed class TurnLoadReport(
    TurnLoadOptions options,
    PhaseFigures steady,
    double steadySeconds,
    TimeSpan botCpu,
    PhaseFigures? outage,
    long recoveredAt,
    long botPeakResident,
    string steadyLoad,
    string outageLoad)
{
    public void Print()
    {
        if (Console.IsOutputRedirected)
        {
            // Spectre assumes 80 columns without a terminal; the tables read better unwrapped in a log.
            AnsiConsole.Profile.Width = 120;
        }

        var times = new Table().Title($"Phase 1: {steady.Sent:N0} activities in {F(steadySeconds, "N1")} s (load average {steadyLoad})")
            .AddColumns("", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
        Row(times, "/api/messages answered", steady.Inbound);
        Row(times, "reply posted (sent → at the connector)", steady.Reply);
        Row(times, "sender behind schedule", steady.ScheduleLag);
        AnsiConsole.Write(times);

        var counts = new Table().AddColumns("phase 1", "count");
        counts.AddRow("activities sent", $"{steady.Sent:N0} ({F(steady.Sent / steadySeconds, "N1")}/s)");
        counts.AddRow("errors (no 2xx from /api/messages)", $"{steady.Errors}");
        counts.AddRow("replies delivered", $"{steady.Delivered:N0} ({steady.Cards:N0} cards, {steady.Delivered - steady.Cards:N0} text)");
        counts.AddRow($"lost (no reply {TurnLoadOptions.LostAfter.TotalSeconds:N0} s after the end)", $"{steady.Lost}");
        counts.AddRow("duplicate replies", $"{steady.Duplicates}");
        counts.AddRow("replies out of order", $"{steady.OrderViolations} (in {steady.OrderedConversations} conversations with 2 or more)");
        counts.AddRow("connector answers other than 200", $"{steady.RefusedAttempts}");
        counts.AddRow("bot CPU", $"{F(botCpu.TotalSeconds, "N1")} s, {F(botCpu.TotalMilliseconds / Math.Max(1, steady.Sent), "N2")} ms per turn; peak resident {ProcessMemory.Megabytes(botPeakResident)}");
        AnsiConsole.Write(counts);

        if (outage is { } down)
        {
            var table = new Table().Title($"Phase 2: connector answers 503{(options.RetryAfter is { } r ? $" + Retry-After: {r}" : string.Empty)} for {options.OutageSeconds} s (load average {outageLoad})")
                .AddColumns("", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
            Row(table, "/api/messages answered", down.Inbound);
            Row(table, "reply posted (sent → delivered)", down.Reply);
            AnsiConsole.Write(table);

            var after = new Table().AddColumns("phase 2", "count");
            after.AddRow("activities sent", $"{down.Sent} over {options.OutageConversations} conversations");
            after.AddRow("errors (no 2xx from /api/messages)", $"{down.Errors}");
            after.AddRow("refused attempts (503) seen by the connector", $"{down.RefusedAttempts}; at most {down.MostAttempts} attempts for one reply");
            after.AddRow("replies delivered exactly once", $"{down.Delivered - Math.Min(down.Delivered, down.Duplicates)} of {down.Sent - down.Errors}");
            after.AddRow("lost (never delivered)", $"{down.Lost}");
            after.AddRow("duplicate replies", $"{down.Duplicates}");
            after.AddRow("after recovery: first / last reply", down.Delivered == 0
                ? "none"
                : $"{F(PhaseFigures.Seconds(recoveredAt, down.FirstDelivery), "N1")} s / {F(PhaseFigures.Seconds(recoveredAt, down.LastDelivery), "N1")} s (time to drain)");
            AnsiConsole.Write(after);
        }

        var targets = new Table().Title(options.IsFullScale ? "Issue #13's targets" : "Issue #13's targets, at reduced scale (the issue's: 100/s for 60 s, 30 s of outage)")
            .AddColumns("target", "measured", "");
        foreach (var (target, measured, met) in Targets())
        {
            targets.AddRow(Markup.Escape(target), Markup.Escape(measured), met ? "[green]met[/]" : "[red]missed[/]");
        }

        AnsiConsole.Write(targets);
        foreach (var missed in Missed())
        {
            AnsiConsole.MarkupLine($"[red]missed:[/] {Markup.Escape(missed)}");
        }
    }

    public IReadOnlyList<string> Missed() => [.. Targets().Where(t => !t.Met).Select(t => $"{t.Target}: {t.Measured}")];

    private IEnumerable<(string Target, string Measured, bool Met)> Targets()
    {
        yield return ("phase 1: 0 errors", $"{steady.Errors}", steady.Errors == 0);
        yield return ("phase 1: 0 lost replies", $"{steady.Lost}", steady.Lost == 0);
        yield return ("phase 1: no reply twice, none out of order", $"{steady.Duplicates} duplicates, {steady.OrderViolations} out of order", steady.Duplicates == 0 && steady.OrderViolations == 0);
        var p99 = steady.Reply.Milliseconds(99);
        yield return ($"phase 1: reply posted p99 ≤ {TurnLoadOptions.ReplyP99TargetMs:N0} ms", $"{F(p99, "N1")} ms", p99 <= TurnLoadOptions.ReplyP99TargetMs);
        if (outage is { } down)
        {
            var max = down.Inbound.Milliseconds(100);
            yield return ($"phase 2: every inbound request answered in < {TurnLoadOptions.OutageInboundTargetMs:N0} ms", $"max {F(max, "N1")} ms, {down.Errors} errors", max < TurnLoadOptions.OutageInboundTargetMs && down.Errors == 0);
            yield return ("phase 2: every reply delivered exactly once after recovery", $"{down.Lost} lost, {down.Duplicates} duplicates", down.Lost == 0 && down.Duplicates == 0);
        }
    }

    private static void Row(Table table, string what, Latencies times) => table.AddRow(
        what, $"{times.Count:N0}", F(times.Milliseconds(50), "N1"), F(times.Milliseconds(95), "N1"), F(times.Milliseconds(99), "N1"), F(times.Milliseconds(100), "N1"));

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
