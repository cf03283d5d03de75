using ExpertBot.Gaming.Output;
using ExpertBot.Gaming.Snapshot;

namespace ExpertBot.Gaming.Planning;

/// <summary>Everything planted on one topic: who, their new roles, items, endorsements and profile edits.</summary>
internal sealed record Campaign(
    CatalogueTopic Topic,
    GamingStyle Style,
    IReadOnlyList<GamingLine> People,
    IReadOnlyList<RoleLine> Roles,
    IReadOnlyList<SignalLine> Signals,
    IReadOnlyList<EndorsementLine> Endorsements,
    IReadOnlyList<ProfileEdit> ProfileEdits);
