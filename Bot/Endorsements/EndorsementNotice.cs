namespace ExpertBot.Endorsements;

/// <summary>"Léa vouched for you on Kubernetes", waiting to be sent to the endorsee.</summary>
internal sealed record EndorsementNotice(string TenantId, string EndorseeId, string EndorserName, string Topic);
