using System.Globalization;
using ExpertBot.Gaming.Planning;

namespace ExpertBot.Gaming.Output;

/// <summary>The stderr report: one line per gamed topic, then the totals.</summary>
internal static class CampaignSummary
{
    public static void Print(IReadOnlyList<Campaign> campaigns, TextWriter writer)
    {
        foreach (var campaign in campaigns)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{campaign.Topic.Id,-28} {GamingStyleNames.Name(campaign.Style),-12} people={campaign.People.Count,-2} " +
                $"(gamers={campaign.Roles.Count}) posts={campaign.Signals.Count,-3} endorsements={campaign.Endorsements.Count}"));
        }

        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"total: topics={campaigns.Count} people={campaigns.Sum(c => c.People.Count)} " +
            $"gamers={campaigns.Sum(c => c.Roles.Count)} posts={campaigns.Sum(c => c.Signals.Count)} " +
            $"endorsements={campaigns.Sum(c => c.Endorsements.Count)} profiles={campaigns.Sum(c => c.ProfileEdits.Count)}"));
    }
}
