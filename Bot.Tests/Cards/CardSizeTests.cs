using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExpertBot.Cards;
using ExpertBot.Localization;
using ExpertBot.Presence;
using ExpertBot.Teams;

namespace ExpertBot.Tests.Cards;

/// <summary>Teams refuses a message over its size limit (413): the results card stays under it whatever it holds.</summary>
public sealed class CardSizeTests
{
    /// <summary>Microsoft's older figure: 40 KB counted in UTF-16, base64 images left out.</summary>
    private const int Utf16Limit = 40 * 1024;

    /// <summary>The most a card can show: PeoplePerCard's upper bound (ExpertiseOptions: [Range(1, 20)]).</summary>
    private const int MostPeople = 20;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void The_worst_case_card_fits_in_the_activity_under_every_documented_limit(string lang)
    {
        var language = lang == "fr" ? Language.French : Language.English;
        var model = WorstCase(language);

        var card = ExpertsCard.Build(model);

        var json = JsonSerializer.Serialize(Replies.Card(WorstIncoming(), card, Texts.For(language).Format("ResultsTitle", model.Topic)), ActivityJson.Options);
        Assert.True(Encoding.UTF8.GetByteCount(json) < CardSize.MaxActivityBytes, $"{Encoding.UTF8.GetByteCount(json)} bytes");
        Assert.True(CardSize.TextLength(json) * 2 < Utf16Limit, $"{CardSize.TextLength(json)} characters outside images");
        // Degraded, not broken: people are still there with their Chat and Why?, and the rest is one click away.
        var rows = ExpertsCardTests.Rows(card);
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(ExpertsCardTests.Nodes(row), n => (string?)n["type"] == "Action.OpenUrl"));
        var more = Assert.Single(card["actions"]!.AsArray(), a => (string?)a!["verb"] == ExpertsCardVerbs.MorePeople)!;
        Assert.Equal(model.Skip + rows.Length, more["data"]!["skip"]!.GetValue<int>());
    }

    [Fact]
    public void An_ordinary_card_keeps_every_photo_and_all_its_evidence()
    {
        var photo = PhotoUri(1800);
        var model = CardSamples.Kubernetes(Language.English);
        var people = Enumerable.Range(0, 5).Select(i => model.People[i % 2] with
        {
            PersonId = $"p{i}",
            AvatarUrl = photo,
            UserPrincipalName = $"person{i}@contoso.example",
            Shows = [.. Enumerable.Repeat(model.People[0].Shows[0], 4)],
        }).ToArray();

        var card = ExpertsCard.Build(model with { People = people, Question = "who knows Kubernetes?", HasMore = true });

        Assert.Equal(5, ExpertsCardTests.Rows(card).Length);
        Assert.Equal(5, ExpertsCardTests.Nodes(card).Count(n => (string?)n["type"] == "Image"));
        // Each person's top item on their line, and all four again under Why?.
        Assert.Equal(5 + 20, ExpertsCardTests.Nodes(card).Count(n => ((string?)n["text"])?.StartsWith("• [Runbook", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Too_many_photos_lose_their_avatars_before_anyone_loses_their_place()
    {
        var model = CardSamples.Kubernetes(Language.English);
        var people = Enumerable.Range(0, 5).Select(i => model.People[0] with { PersonId = $"p{i}", AvatarUrl = PhotoUri(6 * 1024) }).ToArray();

        var card = ExpertsCard.Build(model with { People = people });

        Assert.Equal(5, ExpertsCardTests.Rows(card).Length);
        Assert.DoesNotContain(ExpertsCardTests.Nodes(card), n => (string?)n["type"] == "Image");
        Assert.True(CardSize.Fits(card));
    }

    internal static ExpertsCardModel WorstCase(Language language)
    {
        var longText = string.Concat(Enumerable.Repeat("Évaluation « complète » & [liens] ", 40));
        var url = "https://contoso.sharepoint.com/sites/" + new string('é', 300) + "/" + new string('a', 290);
        var people = Enumerable.Range(0, MostPeople).Select(i => new PersonCardModel(
            $"person-{i}-" + new string('x', 200),
            "Marie-Édith " + new string('É', 250),
            longText,
            longText,
            [.. Enumerable.Range(0, 10).Select(j => new EvidenceLine(longText, "document" + new string('d', 50), DateTimeOffset.UnixEpoch.AddDays(j), url))],
            [.. Enumerable.Repeat(longText, 30)],
            [.. Enumerable.Repeat("Jean-Baptiste " + new string('Ø', 240), 10)],
            999,
            EndorseButton.Endorsed)
        {
            UserPrincipalName = new string('a', 64) + "@" + new string('b', 40) + ".example",
            AvatarUrl = PhotoUri(6 * 1024),
            Availability = new Availability(PresenceStatus.DoNotDisturb, OutOfOffice: true, OutOfOfficeUntil: DateTimeOffset.UnixEpoch),
            HelpedCount = 99,
            ShownTopics = [.. Enumerable.Repeat(new string('ß', 200), 8)],
        }).ToArray();
        return new ExpertsCardModel(new string('€', 201), people, language)
        {
            ListedTopics = [.. Enumerable.Repeat(new string('ß', 200), 9)],
            AskedAs = new string('$', 201),
            ReadAs = [.. Enumerable.Range(0, 8).Select(i => new ReadAsNote(new string('*', 300), new string('[', 300), ByClaimants: i % 2 == 0))],
            Question = new string('€', 1000),
            Skip = 45,
            HasMore = true,
            CanAsk = true,
            Expanded = people[0].PersonId,
        };
    }

    /// <summary>The largest activity the bot can be answering: every inbound field at the length the endpoint accepts.</summary>
    private static Activity WorstIncoming() => new()
    {
        Type = ActivityTypes.Message,
        Id = new string('i', InboundActivityRules.MaxActivityIdLength),
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/" + new string('s', InboundActivityRules.MaxServiceUrlLength - 32),
        From = Account(),
        Recipient = Account(),
        Conversation = new ConversationAccount { Id = new string('c', InboundActivityRules.MaxConversationIdLength), Name = new string('é', InboundActivityRules.MaxNameLength), ConversationType = "personal", TenantId = Guid.Empty.ToString() },
        Locale = new string('l', InboundActivityRules.MaxShortFieldLength),
    };

    private static ChannelAccount Account() => new()
    {
        Id = new string('a', InboundActivityRules.MaxAccountIdLength),
        Name = new string('é', InboundActivityRules.MaxNameLength),
        AadObjectId = new string('o', InboundActivityRules.MaxAadObjectIdLength),
    };

    /// <summary>A photo's data: URI of about <paramref name="bytes"/> bytes (noise: it does not compress).</summary>
    internal static string PhotoUri(int bytes)
    {
        var data = new byte[bytes];
        new Random(bytes).NextBytes(data);
        return "data:image/jpeg;base64," + Convert.ToBase64String(data);
    }
}
