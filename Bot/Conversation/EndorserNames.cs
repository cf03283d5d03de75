using ExpertBot.Endorsements;
using ExpertBot.Expertise;

namespace ExpertBot.Conversation;

/// <summary>How an endorser is named on a card: from the directory, else by the name Teams gave; a hidden person never.</summary>
internal static class EndorserNames
{
    public static Func<string, string?> For(ExpertIndex index, IReadOnlyList<EndorsementRecord> records, IReadOnlySet<string> hidden)
    {
        var teamsNames = records
            .Where(r => r.EndorserName is not null)
            .GroupBy(r => r.EndorserId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().EndorserName!, StringComparer.OrdinalIgnoreCase);
        return id => hidden.Contains(id) ? null : index.FindPerson(id)?.DisplayName ?? teamsNames.GetValueOrDefault(id);
    }
}
