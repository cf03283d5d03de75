namespace ExpertBot.Gaming.Planning;

/// <summary>The roles, in gaming.jsonl only, of people who endorse gamers without being planted themselves.</summary>
internal static class HelperRole
{
    /// <summary>A real expert of the topic drawn into a mixed ring; keeps their "expert" role.</summary>
    public const string GenuineColleague = "genuine-colleague";

    public const string Friend = "friend";

    public const string Sockpuppet = "sockpuppet";
}
