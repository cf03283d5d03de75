using System.Diagnostics;

namespace ExpertBot.OrgSim;

/// <summary>Entry point: dotnet run -c Release --project Bot.OrgSim -- --out DIR [options].</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        SimOptions options;
        try
        {
            options = SimOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(SimOptions.Usage);
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var stats = new OrgGenerator(options).Run();
        Console.Error.WriteLine(stats.Format(clock.Elapsed));
        return 0;
    }
}
