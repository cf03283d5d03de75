namespace ExpertBot.Expertise;

/// <summary>The moment a query is asked and how its pass reads items, for the exact sums made after the pass.</summary>
internal readonly record struct QueryClock(long Now, bool Latest, double ActivityDecay, float CorroborationWeight, bool BestFirst, bool Bounded);
