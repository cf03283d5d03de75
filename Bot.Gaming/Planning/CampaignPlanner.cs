namespace ExpertBot.Gaming.Planning;

/// <summary>Plans one topic with the planner of its style.</summary>
internal sealed class CampaignPlanner(PlanningContext context)
{
    public Campaign Plan(PlannedTopic planned, Random random)
    {
        var campaign = new CampaignBuilder(planned.Topic, planned.Style, random, context);
        switch (planned.Style)
        {
            case GamingStyle.Ring or GamingStyle.PartialRing or GamingStyle.MixedRing:
                RingPlanner.Plan(campaign);
                break;
            case GamingStyle.Promoter:
                PromoterPlanner.Plan(campaign);
                break;
            case GamingStyle.Hijack:
                HijackPlanner.Plan(campaign);
                break;
            case GamingStyle.Sockpuppet:
                SockpuppetPlanner.Plan(campaign);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(planned), planned.Style, "unknown gaming style");
        }

        return campaign.Build();
    }
}
