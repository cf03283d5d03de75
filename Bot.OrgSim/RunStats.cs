using System.Globalization;
using System.Text;

namespace ExpertBot.OrgSim;

/// <summary>Counts for the summary printed to stderr.</summary>
internal sealed class RunStats
{
    public int People { get; set; }

    public long Items { get; set; }

    public long FrenchItems { get; set; }

    public long TextChars { get; set; }

    public long[] ByKind { get; } = new long[Enum.GetValues<ItemKind>().Length];

    public int Endorsements { get; set; }

    public int Roles { get; set; }

    public int Risers { get; set; }

    public Dictionary<string, int> QueriesByGroup { get; } = new(StringComparer.Ordinal);

    public long SignalBytes { get; set; }

    public string Format(TimeSpan elapsed)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"orgsim: {People} people, {Items} items ({SignalBytes / (1024.0 * 1024.0):F1} MiB), ");
        sb.Append(c, $"avg text {(Items == 0 ? 0 : TextChars / Items)} chars, French {(Items == 0 ? 0 : 100.0 * FrenchItems / Items):F1}%, ");
        sb.Append(c, $"{Endorsements} endorsements, {Roles} roles, {Risers} risers, {QueriesByGroup.Values.Sum()} queries in {elapsed.TotalSeconds:F1}s");
        sb.AppendLine();
        sb.Append("  items by kind: ");
        sb.AppendJoin(", ", Enum.GetValues<ItemKind>().Select(k => string.Create(c, $"{k.ToString().ToLowerInvariant()} {ByKind[(int)k]}")));
        sb.AppendLine();
        sb.Append("  queries by group: ");
        sb.AppendJoin(", ", QueriesByGroup.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => string.Create(c, $"{kv.Key} {kv.Value}")));
        return sb.ToString();
    }
}
