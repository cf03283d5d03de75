using ExpertBot.Cards;
using ExpertBot.Localization;

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
