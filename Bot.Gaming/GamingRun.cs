using System.Globalization;
using ExpertBot.Gaming.Cli;
using ExpertBot.Gaming.Output;
using ExpertBot.Gaming.Planning;
using ExpertBot.Gaming.Snapshot;
using ExpertBot.Gaming.Text;

namespace ExpertBot.Gaming;

/// <summary>One run: read the organisation, choose topics, plan a campaign on each, write the gamed copy.</summary>
internal static class GamingRun
{
    public static void Execute(GamingOptions options, TextWriter log)
    {
        var organisation = OrganisationLoader.Load(options.InputDirectory);
        var context = new PlanningContext(organisation, PhraseBank.LoadEmbedded());
        log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{organisation.People.Count} people, newest signal {Timeline.Format(organisation.NewestSignal)}; " +
            $"gaming from {Timeline.Format(context.Timeline.Start)}"));

        // Every campaign gets its own generator, so a topic's plan does not depend on how long the text before it was.
        var random = new Random(options.Seed);
        var planned = TopicSelector.Select(organisation, options.Topics, options.Style, random);
        if (planned.Count < options.Topics)
        {
            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"only {planned.Count} topics have queries; gaming all of them"));
        }

        var seeds = planned.Select(_ => random.Next()).ToList();
        var planner = new CampaignPlanner(context);
        var campaigns = planned.Select((topic, index) => planner.Plan(topic, new Random(seeds[index]))).ToList();

        new SnapshotWriter(options.InputDirectory, options.OutputDirectory).Write(campaigns);
        CampaignSummary.Print(campaigns, log);
    }
}
