using ExpertBot.Gaming.Snapshot;
using ExpertBot.Gaming.Text;

namespace ExpertBot.Gaming.Planning;

/// <summary>
/// Rings: colleagues who agree to endorse one another on a topic none of them works on, declare it on their profiles
/// and promote it, tagging each other. A partial ring endorses only 60–80% of the pairs, each member typing the topic
/// their own way; a mixed ring draws in two or three real experts who endorse the gamers back.
/// </summary>
internal static class RingPlanner
{
    // Most members come from the first member's department: rings are usually a team.
    private const double SameDepartment = 0.7;

    public static void Plan(CampaignBuilder campaign)
    {
        var random = campaign.Random;
        var mixed = campaign.Style == GamingStyle.MixedRing;
        var partial = campaign.Style == GamingStyle.PartialRing;
        var gamers = PickClique(campaign, mixed ? random.Next(3, 6) : random.Next(5, 9));
        if (gamers.Count == 0)
        {
            return;
        }

        var genuine = mixed ? campaign.Picker.PickGenuineExperts(random, campaign.Topic, random.Next(2, 4)) : [];
        gamers.ForEach(campaign.AddGamer);
        genuine.ForEach(person => campaign.AddHelper(person, HelperRole.GenuineColleague));

        var formed = campaign.Timeline.CampaignStart(random);
        foreach (var gamer in gamers)
        {
            if (!partial || random.NextDouble() < 0.85)
            {
                campaign.DeclareOnProfile(gamer, withAboutMe: random.NextDouble() < 0.4);
            }
        }

        Endorse(campaign, gamers, genuine, formed, partial);
        Promote(campaign, gamers, [.. gamers, .. genuine], formed);
    }

    private static List<Person> PickClique(CampaignBuilder campaign, int size)
    {
        var random = campaign.Random;
        var first = campaign.Picker.PickGamer(random, campaign.Topic, department: null);
        if (first is null)
        {
            return [];
        }

        var clique = new List<Person> { first };
        while (clique.Count < size)
        {
            var department = random.NextDouble() < SameDepartment ? first.Department : null;
            if (campaign.Picker.PickGamer(random, campaign.Topic, department) is not { } member)
            {
                break;
            }

            clique.Add(member);
        }

        return clique;
    }

    private static void Endorse(
        CampaignBuilder campaign,
        List<Person> gamers,
        List<Person> genuine,
        DateTimeOffset formed,
        bool partial)
    {
        var random = campaign.Random;
        var circle = gamers.Concat(genuine).ToList();

        // Genuine experts already know each other; the ring adds gamer↔gamer and gamer↔expert pairs.
        var pairs = (from endorser in circle
                     from endorsee in circle
                     where endorser.Id != endorsee.Id && (gamers.Contains(endorser) || gamers.Contains(endorsee))
                     select (Endorser: endorser, Endorsee: endorsee)).ToArray();
        var kept = pairs.Length;
        if (partial)
        {
            random.Shuffle(pairs);
            kept = (int)Math.Round(pairs.Length * (0.6 + (0.2 * random.NextDouble())));
        }

        var habits = circle.ToDictionary(
            person => person.Id,
            person => partial ? campaign.LooseHabit(person, random.Next(2, 4)) : campaign.SteadyHabit(person),
            StringComparer.Ordinal);
        foreach (var (endorser, endorsee) in pairs.Take(kept))
        {
            var when = random.NextDouble() < 0.7
                ? campaign.Timeline.Burst(random, formed, 21)
                : campaign.Timeline.Activity(random, formed);
            campaign.Endorse(endorser, endorsee, habits[endorser.Id].Next(random), when);
        }
    }

    private static void Promote(CampaignBuilder campaign, List<Person> gamers, List<Person> circle, DateTimeOffset formed)
    {
        var random = campaign.Random;
        var firstItem = true;
        foreach (var gamer in gamers)
        {
            var others = circle.Where(person => person.Id != gamer.Id).ToList();
            var count = random.Next(3, 7);
            for (var i = 0; i < count; i++)
            {
                // At least one long buzzword post per ring.
                var type = firstItem
                    ? ItemType.LongPost
                    : campaign.Draw(
                        (ItemType.Shoutout, 25),
                        (ItemType.ShortPromo, 25),
                        (ItemType.LongPost, 20),
                        (ItemType.Certification, 10),
                        (ItemType.Comment, 10),
                        (ItemType.Message, 10));
                firstItem = false;
                campaign.Publish(gamer, type, campaign.Timeline.Activity(random, formed.AddDays(-30)), others);
            }
        }
    }
}
