namespace ExpertBot.Expertise;

/// <summary>
/// A topic an item is work on (an index into <see cref="ITopicCatalogue.Topics"/>) and whether the item names it (by a
/// name or alias) rather than only showing its vocabulary: of several topics the same work shows (Kubernetes and AKS,
/// a family and its member), the one the person names most is theirs. Words: how many words of the topic's learned
/// vocabulary the item shows.
/// </summary>
internal readonly record struct TopicMatch(int Topic, bool Named, int Words = 0);
