namespace ExpertBot.OrgSim;

/// <summary>A line of queries.jsonl: relevant maps person id to grade (2 deep expert, 1 solid practitioner).</summary>
internal sealed record QueryRecord(string Id, string Text, string Group, string Topic, Dictionary<string, int> Relevant);
