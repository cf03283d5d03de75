using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ExpertBot.Storage;

/// <summary>
/// Makes any id safe as a Table Storage key, whatever reaches it: '/', '\', '#', '?' and control characters are
/// not allowed in PartitionKey or RowKey, and '%' is allowed but breaks some operations on the real service. They
/// become "~XX" ('~' itself escaped), and '|' too, since it separates the parts of composite keys; a lone
/// surrogate (which cannot be sent at all) becomes "~uXXXX". A key is at most 1 KiB (512 UTF-16 characters) and
/// the SDK retries an over-long one six times before failing, so a part longer than <see cref="MaxPartBytes"/>
/// (in UTF-8, which bounds its UTF-16 length too) keeps a readable prefix and ends with "~~" and a SHA-256 of the
/// whole id: deterministic, so the same id always finds its row, and never equal to a short id's key, which
/// cannot contain "~~". Two parts and a separator stay under both limits.
/// </summary>
internal static class TableKeys
{
    /// <summary>The most UTF-8 bytes one encoded part may take; a composite of two parts fits in 512 characters.</summary>
    public const int MaxPartBytes = 250;

    private const string HashMarker = "~~";
    private const int HashLength = 43; // 32 bytes of SHA-256 in unpadded base64url

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append("~u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (c is '/' or '\\' or '#' or '?' or '%' or '~' or '|' || char.IsControl(c))
            {
                builder.Append('~').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        var encoded = builder.ToString();
        return Encoding.UTF8.GetByteCount(encoded) <= MaxPartBytes ? encoded : Hashed(encoded);
    }

    /// <summary>A tenant-scoped partition key: the tenant id is part of every key, so tenants never meet.</summary>
    public static string Partition(string tenantId, string? scope = null) =>
        scope is null ? Encode(tenantId) : $"{Encode(tenantId)}|{Encode(scope)}";

    private static string Hashed(string encoded)
    {
        var budget = MaxPartBytes - HashMarker.Length - HashLength;
        var cut = 0;
        var bytes = 0;
        while (cut < encoded.Length)
        {
            // Whole characters only (a surrogate pair is one), and never half of a "~XX" escape.
            var width = char.IsHighSurrogate(encoded[cut]) ? 2 : encoded[cut] == '~' ? (encoded[cut + 1] == 'u' ? 6 : 3) : 1;
            var size = Encoding.UTF8.GetByteCount(encoded.AsSpan(cut, width));
            if (bytes + size > budget)
            {
                break;
            }

            bytes += size;
            cut += width;
        }

        // The encoded form is well-formed and one-to-one with the id; the raw id's lone surrogates would all become U+FFFD.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(encoded));
        return string.Concat(encoded.AsSpan(0, cut), HashMarker, Base64Url.EncodeToString(hash));
    }
}
