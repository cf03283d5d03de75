using System.Text.Json;

namespace ExpertBot.Gaming.Snapshot;

/// <summary>Reads one top-level field of a JSON line without materialising the rest of it.</summary>
internal static class JsonLineFields
{
    public static string? GetString(ReadOnlySpan<byte> line, ReadOnlySpan<byte> propertyName)
    {
        var reader = new Utf8JsonReader(line);
        return MoveToValue(ref reader, propertyName) && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
    }

    public static DateTimeOffset? GetDateTime(ReadOnlySpan<byte> line, ReadOnlySpan<byte> propertyName)
    {
        var reader = new Utf8JsonReader(line);
        return MoveToValue(ref reader, propertyName)
               && reader.TokenType == JsonTokenType.String
               && reader.TryGetDateTimeOffset(out var value)
            ? value
            : null;
    }

    private static bool MoveToValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> propertyName)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(propertyName);
            reader.Read();
            if (found)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }
}
