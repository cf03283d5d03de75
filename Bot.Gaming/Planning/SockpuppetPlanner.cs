using ExpertBot.Gaming.Snapshot;
using ExpertBot.Gaming.Text;

namespace ExpertBot.Gaming.Planning;

/// <summary>
/// Sockpuppets: two or three accounts that endorse one target again and again over months, on several phrasings
/// of the topic, while the target posts a few promotional items thanking them.
/// </summary>
internal static class SockpuppetPlanner
{
    public static void Plan(CampaignBuilder campaign)
    {
        var random = campaign.Random;
        var target = campaign.Picker.PickGamer(random, campaign.Topic, department: null);
        if (target is null)
        {
            return;
        }

        campaign.AddGamer(target);
        campaign.DeclareOnProfile(target, withAboutMe: random.NextDouble() < 0.5);
        var start = campaign.Timeline.CampaignStart(random);

        var puppets = new List<Person>();
        var wanted = random.Next(2, 4);
        while (puppets.Count < wanted
               && campaign.Picker.PickHelper(random, campaign.Topic, random.NextDouble() < 0.5 ? target.Department : null) is { } puppet)
        {
            puppets.Add(puppet);
            campaign.AddHelper(puppet, HelperRole.Sockpuppet);
        }

        foreach (var puppet in puppets)
        {
            var habit = campaign.LooseHabit(puppet, random.Next(3, 5));
            var times = random.Next(4, 10);
            for (var i = 0; i < times; i++)
            {
                campaign.Endorse(puppet, target, habit.Next(random), campaign.Timeline.Activity(random, start));
            }
        }

        var posts = random.Next(3, 6);
        for (var i = 0; i < posts; i++)
        {
            var type = i == 0 && random.NextDouble() < 0.6
                ? ItemType.LongPost
                : campaign.Draw(
                    (ItemType.ShortPromo, 35),
                    (ItemType.LongPost, 20),
                    (ItemType.Certification, 25),
                    (ItemType.Shoutout, 20));
            campaign.Publish(target, type, campaign.Timeline.Activity(random, start), puppets);
        }
    }
}
