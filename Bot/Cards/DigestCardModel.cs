using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>The weekly digest as a card shows it: per topic, a trend chart and the people rising on it.</summary>
internal sealed record DigestCardModel(DateOnly WeekEnding, IReadOnlyList<DigestTopicCardModel> Topics, Language Language);

/// <summary>One topic of the digest; the chart URL is absent when no public base URL is configured.</summary>
internal sealed record DigestTopicCardModel(string Topic, Uri? ChartUrl, IReadOnlyList<RiserCardModel> Risers);

/// <summary>A rising colleague with the one-line reason and the public items behind it.</summary>
internal sealed record RiserCardModel(string PersonId, string Name, string? JobTitle, string? Department, string Reason, IReadOnlyList<EvidenceLine> Evidence);
