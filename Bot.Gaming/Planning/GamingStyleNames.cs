namespace ExpertBot.Gaming.Planning;

/// <summary>The styles as written on the command line and in gaming.jsonl.</summary>
internal static class GamingStyleNames
{
    private static readonly Dictionary<string, GamingStyle> ByName = new(StringComparer.Ordinal)
    {
        ["ring"] = GamingStyle.Ring,
        ["partial-ring"] = GamingStyle.PartialRing,
        ["mixed-ring"] = GamingStyle.MixedRing,
        ["promoter"] = GamingStyle.Promoter,
        ["hijack"] = GamingStyle.Hijack,
        ["sockpuppet"] = GamingStyle.Sockpuppet,
    };

    public static IReadOnlyList<GamingStyle> All { get; } = [.. ByName.Values];

    public static string Name(GamingStyle style) => ByName.First(pair => pair.Value == style).Key;

    public static bool TryParse(string name, out GamingStyle style) => ByName.TryGetValue(name, out style);

    /// <summary>The role written to roles.jsonl for the people who game with this style.</summary>
    public static string GamerRole(GamingStyle style) =>
        style is GamingStyle.Ring or GamingStyle.PartialRing or GamingStyle.MixedRing ? "ring-member" : "self-promoter";
}
