namespace ExpertBot.CompanySim.Work;

/// <summary>Working-hours timestamps within the two years before the as-of date.</summary>
internal sealed class Calendar(Random random, DateOnly asOf)
{
    private const int Days = 730;

    public DateTimeOffset Next()
    {
        var day = asOf.AddDays(-random.Next(Days));
        if (day.DayOfWeek == DayOfWeek.Saturday)
        {
            day = day.AddDays(-1);
        }
        else if (day.DayOfWeek == DayOfWeek.Sunday)
        {
            day = day.AddDays(-2);
        }

        var time = new TimeOnly(random.Next(7, 18), random.Next(12) * 5);
        return new DateTimeOffset(day.ToDateTime(time), TimeSpan.Zero);
    }
}
