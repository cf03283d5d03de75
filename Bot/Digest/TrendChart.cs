using System.Globalization;
using ScottPlot;

namespace ExpertBot.Digest;

/// <summary>A small PNG of each riser's items of work per week on a topic, drawn server-side (headless Skia).</summary>
internal static class TrendChart
{
    public const int Width = 480;
    public const int Height = 160;
    private const int MaxLines = 3;

    public static byte[] Render(TopicRisers topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var plot = new Plot();
        var xs = Enumerable.Range(0, topic.Weeks.Count).Select(i => (double)i).ToArray();
        foreach (var riser in topic.Risers.Take(MaxLines))
        {
            var line = plot.Add.Scatter(xs, riser.WeeklyItems.Select(n => (double)n).ToArray());
            line.LineWidth = 2;
            line.MarkerSize = 4;
            line.LegendText = FirstName(riser.Person.DisplayName);
        }

        var labels = topic.Weeks.Select((w, i) => (topic.Weeks.Count - 1 - i) % 3 == 0 ? w.ToString("d MMM", CultureInfo.InvariantCulture) : string.Empty).ToArray();
        plot.Axes.Bottom.SetTicks(xs, labels);
        plot.Axes.SetLimitsY(0, Math.Max(3, topic.Risers.Take(MaxLines).SelectMany(r => r.WeeklyItems).DefaultIfEmpty(0).Max() + 1));
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;
}
