using ExpertBot.Cards;
using ExpertBot.Localization;
using ExpertBot.Presence;

namespace ExpertBot.Tests.Cards;

internal static class CardSamples
{
    public static ExpertsCardModel Kubernetes(Language language) => new(
        "Kubernetes",
        [
            new PersonCardModel("p1", "Alice Martin", "Platform engineer", "Infrastructure",
                [
                    new EvidenceLine("Runbook: upgrading the k8s cluster [prod]", "document", new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero), "https://contoso.example/sites/platform/runbook.docx"),
                    new EvidenceLine("Ingress migration notes", "post", new DateTimeOffset(2026, 9, 12, 0, 0, 0, TimeSpan.Zero), null),
                ],
                ["Kubernetes", "Helm"], ["Léa Dubois", "Sam Taylor"], 3),
            new PersonCardModel("p2", "Jean_Dupont *", null, null,
                [new EvidenceLine("Note: orchestration de conteneurs", "document", new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), "https://contoso.example/note")],
                [], [], 0),
        ],
        language);

    /// <summary>The compact results card with all it can show: avatars, availability, thanks, Chat, More people, Ask them.</summary>
    public static ExpertsCardModel Compact(Language language)
    {
        var sample = Kubernetes(language);
        var alice = sample.People[0] with
        {
            UserPrincipalName = "alice.martin@contoso.example",
            AvatarUrl = Png,
            Availability = new Availability(PresenceStatus.Away, OutOfOffice: true, OutOfOfficeUntil: new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero)),
            HelpedCount = 3,
            Button = EndorseButton.Endorse,
        };
        var jean = sample.People[1] with { UserPrincipalName = "jean.dupont@contoso.example", AvatarUrl = Png, Availability = new Availability(PresenceStatus.Busy) };
        var sam = new PersonCardModel("p3", "Sam Taylor", "SRE", "Operations", [], ["Kubernetes"], [], 0) { UserPrincipalName = null, Availability = Availability.Unknown };
        return sample with
        {
            People = [alice, jean, sam],
            Question = "who knows Kubernetes & Helm? #urgent «prod»",
            HasMore = true,
            CanAsk = true,
        };
    }

    /// <summary>A 1×1 PNG as a data: URI, as AnswerBuilder inlines avatars.</summary>
    public const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    public static DigestCardModel Digest(Language language) => new(
        new DateOnly(2026, 11, 20),
        [
            new DigestTopicCardModel("Kubernetes", new Uri("https://bot.contoso.example/digest/charts/0123456789abcdef0123456789abcdef.png"),
            [
                new RiserCardModel("p1", "Alice Martin", "Platform engineer", "Infrastructure", "4 new documents and 2 endorsements on Kubernetes this month",
                    [new EvidenceLine("Runbook: ingress migration [draft]", "document", new DateTimeOffset(2026, 11, 12, 0, 0, 0, TimeSpan.Zero), "https://contoso.example/runbook.docx")]),
            ]),
            new DigestTopicCardModel("Droit du travail", null, [new RiserCardModel("p2", "Jean_Dupont *", null, null, "3 réponses sur Droit du travail ce mois-ci", [])]),
        ],
        language);
}
