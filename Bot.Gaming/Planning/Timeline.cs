using System.Globalization;

namespace ExpertBot.Gaming.Planning;

/// <summary>
/// When gaming happens: over the 18 months before the newest signal of the input, with a share of items in the last
/// six weeks, mostly in office hours on weekdays.
/// </summary>
internal sealed class Timeline
{
    // On top of the six weeks' natural share of 18 months (about 8%), so that some gaming is recent.
    private const double RecentShare = 0.06;

    public Timeline(DateTimeOffset newest)
    {
        Newest = newest.ToUniversalTime();
        Start = Newest.AddMonths(-18);
        RecentStart = Newest.AddDays(-42);
    }

    public DateTimeOffset Newest { get; }

    public DateTimeOffset Start { get; }

    public DateTimeOffset RecentStart { get; }

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>When a campaign gets going: early enough to leave it a few months.</summary>
    public DateTimeOffset CampaignStart(Random random) => Between(random, Start, Newest.AddDays(-90));

    /// <summary>An item of a campaign that started at <paramref name="from"/>, some of them recent.</summary>
    public DateTimeOffset Activity(Random random, DateTimeOffset from)
    {
        var earliest = from < Start ? Start : from;
        return random.NextDouble() < RecentShare && earliest < RecentStart
            ? Between(random, RecentStart, Newest)
            : Between(random, earliest, Newest);
    }

    /// <summary>An item within a few days of <paramref name="anchor"/>, as when a ring agrees to endorse one another.</summary>
    public DateTimeOffset Burst(Random random, DateTimeOffset anchor, int days)
    {
        var end = anchor.AddDays(days);
        return Between(random, anchor, end > Newest ? Newest : end);
    }

    public static DateTimeOffset Between(Random random, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return Truncate(from);
        }

        var span = (to - from).Ticks;
        var raw = from.AddTicks((long)(random.NextDouble() * span));
        var day = raw.UtcDateTime.Date;
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && random.NextDouble() < 0.85)
        {
            day = day.AddDays(day.DayOfWeek == DayOfWeek.Saturday ? -1 : 1);
        }

        var working = new DateTimeOffset(
            day.AddHours(random.Next(7, 19)).AddMinutes(random.Next(60)).AddSeconds(random.Next(60)),
            TimeSpan.Zero);
        return Truncate(working >= from && working <= to ? working : raw);
    }

    private static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerSecond), instant.Offset);
}
