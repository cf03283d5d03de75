namespace ExpertBot.Cards;

/// <summary>How much a results card shows of each person: lowered step by step until the card fits Teams' limit.</summary>
internal sealed record CardDetail(bool Avatars, int WhyShows)
{
    /// <summary>From everything to the least that still explains each person; each step only ever removes.</summary>
    public static IReadOnlyList<CardDetail> Levels { get; } =
    [
        new(Avatars: true, WhyShows: 5),
        new(Avatars: true, WhyShows: 2),
        new(Avatars: false, WhyShows: 2),
        new(Avatars: false, WhyShows: 0),
    ];
}
