namespace ExpertBot.OrgSim;

/// <summary>A line of risers.jsonl; topic is the topic's canonical (English) name.</summary>
internal sealed record RiserRecord(string PersonId, string Topic, string Pattern);
