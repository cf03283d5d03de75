using Azure;
using Azure.Data.Tables;
using ExpertBot.Teams;

namespace ExpertBot.Storage;

/// <summary>
/// The conversation references kept at install, for proactive messages. Partition: tenant; row: conversation.
/// Only references from authenticated activities are stored, so their service URLs may be trusted again later.
/// </summary>
internal sealed class ConversationReferenceStore(TableClients tables, TrustedServiceUrls trusted)
{
    public const string TableName = "Conversations";
    public const string PersonalTableName = "PersonalConversations";

    /// <summary>Saves the reference; returns true when the conversation was not known before.</summary>
    public async Task<bool> SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(TableKeys.Partition(reference.TenantId), TableKeys.Encode(reference.ConversationId))
        {
            ["ServiceUrl"] = reference.ServiceUrl,
            ["ChannelId"] = reference.ChannelId,
            ["TenantId"] = reference.TenantId,
            ["ConversationId"] = reference.ConversationId,
            ["ConversationType"] = reference.ConversationType,
            ["BotId"] = reference.BotId,
            ["UserId"] = reference.UserId,
            ["UserAadObjectId"] = reference.UserAadObjectId,
            ["UserName"] = reference.UserName,
            ["Locale"] = reference.Locale,
        };
        if (reference.ConversationType is null or "personal" && reference.UserAadObjectId is { Length: > 0 } user)
        {
            // A second index by person, for the messages ExpertBot sends someone on its own (endorsement notices).
            var personal = await tables.GetAsync(PersonalTableName, cancellationToken);
            await personal.UpsertEntityAsync(
                new TableEntity(TableKeys.Partition(reference.TenantId), TableKeys.Encode(user)) { ["ConversationId"] = reference.ConversationId },
                TableUpdateMode.Replace, cancellationToken);
        }

        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
            return false;
        }
    }

    public async Task<ConversationReference?> GetAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Partition(tenantId), TableKeys.Encode(conversationId), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? ToReference(entity) : null;
    }

    /// <summary>The 1:1 conversation with a person, if they installed the bot.</summary>
    public async Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken = default)
    {
        var personal = await tables.GetAsync(PersonalTableName, cancellationToken);
        var row = await personal.GetEntityIfExistsAsync<TableEntity>(TableKeys.Partition(tenantId), TableKeys.Encode(aadObjectId), cancellationToken: cancellationToken);
        return row.HasValue ? await GetAsync(tenantId, row.Value!.GetString("ConversationId"), cancellationToken) : null;
    }

    /// <summary>Deletes every conversation reference of a person ("forget me"); returns how many.</summary>
    public async Task<int> ForgetPersonAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var reference in await ListAsync(tenantId, cancellationToken))
        {
            if (string.Equals(reference.UserAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase) && reference.ConversationType is null or "personal")
            {
                await DeleteAsync(tenantId, reference.ConversationId, cancellationToken);
                deleted++;
            }
        }

        var personal = await tables.GetAsync(PersonalTableName, cancellationToken);
        await personal.DeleteEntityAsync(TableKeys.Partition(tenantId), TableKeys.Encode(aadObjectId), ETag.All, cancellationToken);
        return deleted;
    }

    public async Task<IReadOnlyList<ConversationReference>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new List<ConversationReference>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Partition(tenantId), cancellationToken: cancellationToken))
        {
            result.Add(ToReference(entity));
        }

        return result;
    }

    public async Task DeleteAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.DeleteEntityAsync(TableKeys.Partition(tenantId), TableKeys.Encode(conversationId), ETag.All, cancellationToken);
    }

    private ConversationReference ToReference(TableEntity e)
    {
        var reference = new ConversationReference(
            e.GetString("ServiceUrl"), e.GetString("ChannelId"), e.GetString("TenantId"), e.GetString("ConversationId"),
            e.GetString("ConversationType"), e.GetString("BotId"), e.GetString("UserId"), e.GetString("UserAadObjectId"),
            e.GetString("UserName"), e.GetString("Locale"));
        trusted.Trust(reference.ServiceUrl);
        return reference;
    }
}
