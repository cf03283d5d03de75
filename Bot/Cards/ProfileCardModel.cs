using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>A person's own profile as colleagues see it: the topics they rank for and who vouched for them.</summary>
internal sealed record ProfileCardModel(
    string Name,
    bool Hidden,
    IReadOnlyList<ProfileTopic> Topics,
    IReadOnlyList<string> EndorsedBy,
    Language Language);

/// <summary>One topic on the profile, with its says / shows / vouched-by evidence.</summary>
internal sealed record ProfileTopic(string Topic, IReadOnlyList<string> Says, IReadOnlyList<EvidenceLine> Shows, int VouchCount, IReadOnlyList<string> VouchedBy);
