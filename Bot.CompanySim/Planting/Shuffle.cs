namespace ExpertBot.CompanySim.Planting;

/// <summary>Seeded picking helpers: every choice goes through the run's <see cref="Random"/>, in list order.</summary>
internal static class Shuffle
{
    public static List<T> Shuffled<T>(Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    public static int Scaled(Random random, int min, int max, double scale, int floor) =>
        Math.Max(floor, (int)Math.Round(random.Next(min, max + 1) * scale));

    public static bool Chance(Random random, double p) => random.NextDouble() < p;
}
