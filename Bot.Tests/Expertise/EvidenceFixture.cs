using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

/// <summary>Small organisations for ranking tests: items, people and endorsements as of one day, and who a question lists.</summary>
internal static class EvidenceFixture
{
    public static readonly DateTimeOffset Now = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public static EvidenceItem Item(string id, string person, string title, string kind = EvidenceKinds.Document, string? text = null) =>
        new() { Id = id, PersonId = person, Timestamp = Now.AddDays(-30), Title = title, Text = text, Kind = kind };

    public static Person P(string id, string name, string[]? skills = null) => new() { Id = id, DisplayName = name, Skills = skills ?? [] };

    public static Endorsement E(string from, string to, string topic) => new(from, to, topic, Now.AddDays(-10));

    public static string[] Ask(ExpertIndex index, string topic, int top = 5) =>
        [.. index.Search(new ExpertQuery(topic, Now, top)).Select(m => m.Person.DisplayName)];

    public static EvidenceItem[] Filler() =>
    [
        Item("f1", "z", "Quarterly budget review"),
        Item("f2", "z", "Office move checklist"),
        Item("f3", "z", "Travel policy update"),
        Item("f4", "z", "Kubernetes question from a newcomer", EvidenceKinds.Question),
    ];
}
