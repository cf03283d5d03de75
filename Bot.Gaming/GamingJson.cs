using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExpertBot.Gaming;

/// <summary>The JSON conventions of a snapshot: camelCase, nulls left out, one object per line.</summary>
internal static class GamingJson
{
    public static GamingJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // The input writes accents, apostrophes and « » as themselves; appended lines look the same.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
