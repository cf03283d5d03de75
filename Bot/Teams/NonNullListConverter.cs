using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExpertBot.Teams;

/// <summary>
/// Reads a JSON array into a list without its null entries. Bot Framework clients are not the only callers:
/// "membersAdded":[null] or "attachments":[null] would otherwise put a null where the schema promises an object.
/// </summary>
internal sealed class NonNullListConverter<T> : JsonConverter<IReadOnlyList<T>>
    where T : class
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of {typeof(T).Name}.");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Null && JsonSerializer.Deserialize<T>(ref reader, options) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, options);
        }

        writer.WriteEndArray();
    }
}
