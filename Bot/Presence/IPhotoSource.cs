namespace ExpertBot.Presence;

/// <summary>A person's small profile photo (Graph photos/48x48/$value, kept with the profile), or null when they have none.</summary>
internal interface IPhotoSource
{
    Task<PersonPhoto?> GetAsync(string tenantId, string personId, CancellationToken cancellationToken = default);
}

/// <summary>The photo's bytes as Graph served them and their content type (image/jpeg, image/png).</summary>
internal sealed record PersonPhoto(ReadOnlyMemory<byte> Bytes, string ContentType);
