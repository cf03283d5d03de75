namespace ExpertBot.OrgSim;

/// <summary>A planned item before its text is written. <see cref="Topic"/> is -1 for topic-less noise.</summary>
internal readonly record struct ItemSpec(ItemKind Kind, ItemFlavour Flavour, int Topic, int Grade, DateTime Time, bool French);
