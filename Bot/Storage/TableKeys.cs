using System.Text;

namespace ExpertBot.Storage;

/// <summary>
/// Makes any id safe as a Table Storage key: '/', '\', '#', '?' and control characters are not allowed in
/// PartitionKey or RowKey, and '%' is allowed but breaks some operations on the real service. They become
/// "~XX" ('~' itself escaped), and '|' too, since it separates the parts of composite keys.
/// </summary>
internal static class TableKeys
{
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' or '~' or '|' || char.IsControl(c))
            {
                builder.Append('~').Append(((int)c).ToString("X2"));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A tenant-scoped partition key: the tenant id is part of every key, so tenants never meet.</summary>
    public static string Partition(string tenantId, string? scope = null) =>
        scope is null ? Encode(tenantId) : $"{Encode(tenantId)}|{Encode(scope)}";
}
