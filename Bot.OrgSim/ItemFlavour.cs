namespace ExpertBot.OrgSim;

/// <summary>Why an item exists: real work, promotion, management, shallow mentions or background noise.</summary>
internal enum ItemFlavour
{
    Substantive,
    Promo,
    RingPromo,
    PromoMeeting,
    ManagerMeeting,
    ManagerPost,
    Generalist,
    NoiseQuestion,
    NoiseMessage,
    NoiseMeeting,
}
