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
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<JsonElement>? Entities { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>The tenant the activity comes from: Teams puts it in channelData, the conversation repeats it.</summary>
    [JsonIgnore]
    public string? TenantId =>
        ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : Conversation?.TenantId;
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
    public required string ContentType { get; init; }
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
