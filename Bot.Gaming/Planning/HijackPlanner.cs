using ExpertBot.Gaming.Text;

namespace ExpertBot.Gaming.Planning;

/// <summary>
/// A hijacker: one person who uses the topic's vocabulary a lot without doing the work. Questions, re-shared
/// articles and webinars, "who owns this?" messages, "+1" comments; a couple of friends endorse them.
/// </summary>
internal static class HijackPlanner
{
    public static void Plan(CampaignBuilder campaign)
    {
        var random = campaign.Random;
        var hijacker = campaign.Picker.PickGamer(random, campaign.Topic, department: null);
        if (hijacker is null)
        {
            return;
        }

        campaign.AddGamer(hijacker);
        if (random.NextDouble() < 0.4)
        {
            campaign.DeclareOnProfile(hijacker, withAboutMe: false);
        }

        var start = campaign.Timeline.CampaignStart(random);
        var colleagues = campaign.Picker.Colleagues(random, hijacker, random.Next(1, 4));
        var count = random.Next(10, 21);
        for (var i = 0; i < count; i++)
        {
            var type = campaign.Draw(
                (ItemType.HijackQuestion, 40),
                (ItemType.HijackShare, 30),
                (ItemType.HijackMessage, 15),
                (ItemType.HijackComment, 15));
            campaign.Publish(hijacker, type, campaign.Timeline.Activity(random, start), colleagues);
        }

        var friends = random.Next(2, 4);
        for (var i = 0; i < friends; i++)
        {
            if (campaign.Picker.PickHelper(random, campaign.Topic, hijacker.Department) is { } friend)
            {
                campaign.AddHelper(friend, HelperRole.Friend);
                campaign.Endorse(friend, hijacker, campaign.SteadyHabit(friend).Next(random), campaign.Timeline.Activity(random, start));
            }
        }
    }
}
