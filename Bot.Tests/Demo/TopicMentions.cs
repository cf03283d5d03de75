using System.Text.RegularExpressions;
using ExpertBot.Demo;
using ExpertBot.Expertise;

namespace ExpertBot.Tests.Demo;

/// <summary>Whether a piece of evidence names a topic by any of its names, as whole words.</summary>
internal static class TopicMentions
{
    private static readonly Dictionary<string, Regex> Patterns = TopicCatalogue.All.ToDictionary(
        t => t.Key,
        t => new Regex(
            $"(?<![\\p{{L}}\\p{{N}}])(?:{string.Join('|', t.SurfaceForms.Select(Regex.Escape))})(?![\\p{{L}}\\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    public static bool Mentions(this EvidenceItem item, Topic topic) =>
        Patterns[topic.Key].IsMatch(item.Title ?? "") || Patterns[topic.Key].IsMatch(item.Text ?? "");

    public static bool Mentions(this string text, Topic topic) => Patterns[topic.Key].IsMatch(text);

    /// <summary>Work the person did and the organisation may see: not a meeting they were merely named in, not a private item.</summary>
    public static bool IsVisibleAuthoredWork(this EvidenceItem item) =>
        item.Visibility == Visibility.Organization && item.Kind != EvidenceKinds.Meeting;

    public static Topic TopicOf(BenchmarkQuery query) => TopicCatalogue.Get(query.Id.Split(':')[0]);

    public static Topic TopicNamed(string name) => TopicCatalogue.All.Single(t => t.Name == name);
}
