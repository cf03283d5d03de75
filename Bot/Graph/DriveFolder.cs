namespace ExpertBot.Graph;

/// <summary>
/// A folder of a document library as drive delta returned it. Restricted: it has unique permissions that do not
/// open it to the whole organisation (or they could not be read), so what it holds is private unless a file's own
/// permissions say otherwise.
/// </summary>
internal sealed record DriveFolder(string Id, string Name, string? ParentId, bool IsRoot, bool Restricted);
