using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExpertBot.Teams;

/// <summary>The Bot Framework activity schema, as much of it as ExpertBot reads or writes.</summary>
internal sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? Text { get; init; }
    public string? Summary { get; init; }
    public string? Locale { get; init; }
    public string? Name { get; init; }
    public string? Action { get; init; }
    public string? ReplyToId { get; init; }
    public string? InputHint { get; init; }
    public JsonElement? Value { get; init; }
    public JsonElement? ChannelData { get; init; }

    // The lists drop null entries as they are read ("membersAdded":[null]): nothing behind has to expect one.
    [JsonConverter(typeof(NonNullListConverter<Attachment>))]
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<JsonElement>? Entities { get; init; }

    [JsonConverter(typeof(NonNullListConverter<ChannelAccount>))]
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    [JsonConverter(typeof(NonNullListConverter<ChannelAccount>))]
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>The tenant the activity comes from: Teams puts it in channelData, the conversation repeats it.</summary>
    [JsonIgnore]
    public string? TenantId =>
        ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : Conversation?.TenantId;

    /// <summary>
    /// The same activity with its tenant id written as given in both places Teams puts it (channelData.tenant.id
    /// and conversation.tenantId, where present), so every reader of <see cref="TenantId"/> sees the canonical form.
    /// </summary>
    public Activity WithTenant(string tenantId)
    {
        var channelData = ChannelData;
        if (channelData is { ValueKind: JsonValueKind.Object } data)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                foreach (var property in data.EnumerateObject())
                {
                    if (property.NameEquals("tenant") && property.Value.ValueKind == JsonValueKind.Object)
                    {
                        writer.WriteStartObject(property.Name);
                        foreach (var inner in property.Value.EnumerateObject().Where(p => !p.NameEquals("id")))
                        {
                            inner.WriteTo(writer);
                        }

                        writer.WriteString("id", tenantId);
                        writer.WriteEndObject();
                    }
                    else
                    {
                        property.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            channelData = document.RootElement.Clone();
        }

        return this with
        {
            ChannelData = channelData,
            Conversation = Conversation is { TenantId: not null } conversation ? conversation with { TenantId = tenantId } : Conversation,
        };
    }
}

internal sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}

internal sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }
}

internal sealed record Attachment
{
    /// <summary>Never null: an inbound attachment sent without one, or with null, reads as an empty content type.</summary>
    public string ContentType { get; init => field = value ?? string.Empty; } = string.Empty;

    public object? Content { get; init; }
    public string? ContentUrl { get; init; }
    public string? Name { get; init; }
    public object? Preview { get; init; }
}

internal static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
}
