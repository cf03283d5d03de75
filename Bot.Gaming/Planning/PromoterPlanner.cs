using ExpertBot.Gaming.Text;

namespace ExpertBot.Gaming.Planning;

/// <summary>
/// A self-promoter: one person who declares the topic, then posts about it for months (short boasts, long
/// buzzword posts, a certification) and writes "thought leadership" documents with no technical content.
/// </summary>
internal static class PromoterPlanner
{
    public static void Plan(CampaignBuilder campaign)
    {
        var random = campaign.Random;
        var promoter = campaign.Picker.PickGamer(random, campaign.Topic, department: null);
        if (promoter is null)
        {
            return;
        }

        campaign.AddGamer(promoter);
        campaign.DeclareOnProfile(promoter, withAboutMe: true);
        var start = campaign.Timeline.CampaignStart(random);
        var colleagues = campaign.Picker.Colleagues(random, promoter, random.Next(2, 5));

        var items = new List<ItemType> { ItemType.LongPost, ItemType.LongPost };
        var count = random.Next(6, 16);
        while (items.Count < count)
        {
            items.Add(campaign.Draw(
                (ItemType.ShortPromo, 30),
                (ItemType.LongPost, 20),
                (ItemType.Message, 15),
                (ItemType.Certification, 10),
                (ItemType.Shoutout, 10),
                (ItemType.Comment, 5)));
        }

        items.AddRange(Enumerable.Repeat(ItemType.Document, random.Next(1, 4)));
        foreach (var type in items)
        {
            campaign.Publish(promoter, type, campaign.Timeline.Activity(random, start), colleagues);
        }

        // A friend or two returns a favour.
        var friends = random.Next(3);
        for (var i = 0; i < friends; i++)
        {
            if (campaign.Picker.PickHelper(random, campaign.Topic, promoter.Department) is { } friend)
            {
                campaign.AddHelper(friend, HelperRole.Friend);
                campaign.Endorse(friend, promoter, campaign.SteadyHabit(friend).Next(random), campaign.Timeline.Activity(random, start));
            }
        }
    }
}
