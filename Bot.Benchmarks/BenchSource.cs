using ExpertBot.Expertise;

namespace ExpertBot.Benchmarks;

/// <summary>The organisation measured and its questions as asked, each with its group (canonical, alias, typo, …).</summary>
internal sealed record BenchSource(Organisation Organisation, IReadOnlyList<(string Group, string Text)> Questions);
