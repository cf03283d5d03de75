using System.Globalization;

namespace ExpertBot.OrgSim;

/// <summary>Working-hours timestamps (UTC) between two instants, mostly on weekdays.</summary>
internal static class TimeSpread
{
    public static DateTime Between(Random rng, DateTime from, DateTime to)
    {
        if (to <= from)
        {
            return to;
        }

        var days = (int)(to.Date - from.Date).TotalDays;
        var day = from.Date.AddDays(rng.Next(days + 1));
        if (day.DayOfWeek == DayOfWeek.Saturday && rng.Chance(0.85))
        {
            day = day.AddDays(-1);
        }
        else if (day.DayOfWeek == DayOfWeek.Sunday && rng.Chance(0.85))
        {
            day = day.AddDays(1);
        }

        var t = OnDay(rng, day);
        return t < from ? from : t > to ? to : t;
    }

    public static DateTime OnDay(Random rng, DateTime day) =>
        day.Date.AddHours(7 + rng.Next(11)).AddMinutes(rng.Next(60)).AddSeconds(rng.Next(60));

    public static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
