using System.Text.Json;
using ExpertBot.Presence;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Presence;

/// <summary>The demo organisation's availability in the Playground: local mode only, from demo/presence.jsonl as run.sh passes it.</summary>
[Collection(AzuriteTables.Name)]
public sealed class DemoPresenceTests
{
    private const string KenjiKowalski = "cd134e82-427e-4ee4-9cfa-15fc59a401ec";
    private const string BenoitLaurent = "46f073ef-8bba-4ad4-beff-6558bf5de637";
    private static readonly string DemoFile = Repository.PathOf("demo", "presence.jsonl");

    [Fact]
    public async Task In_local_mode_the_demo_shows_people_out_of_office_until_a_date_ahead_and_busy()
    {
        using var bot = new BotFactory(issuer: null, settings: new Dictionary<string, string?> { ["Presence:DemoFile"] = DemoFile });

        var reader = bot.Services.GetRequiredService<IPresenceReader>();
        var shown = await reader.GetAsync("00000000-0000-0000-0000-000000000001", [KenjiKowalski, BenoitLaurent, "someone-else"]);

        Assert.IsType<DemoPresence>(reader);
        var kenji = shown[KenjiKowalski];
        Assert.True(kenji.OutOfOffice);
        Assert.Equal(DateTime.UtcNow.Date.AddDays(6), kenji.OutOfOfficeUntil!.Value.UtcDateTime);
        Assert.Equal(PresenceStatus.Busy, shown[BenoitLaurent].Status);
        Assert.False(shown.ContainsKey("someone-else"));
    }

    [Fact]
    public async Task With_an_app_id_the_demo_file_is_ignored()
    {
        await using var issuer = await TestIssuer.StartAsync("msteams");
        using var bot = new BotFactory(issuer, settings: new Dictionary<string, string?> { ["Presence:DemoFile"] = DemoFile });

        Assert.IsType<NoPresence>(bot.Services.GetRequiredService<IPresenceReader>());
    }

    [Fact]
    public async Task Everyone_in_the_demo_presence_file_is_in_the_demo_organisation()
    {
        var people = (await File.ReadAllLinesAsync(Repository.PathOf("demo", "org", "people.jsonl")))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString())
            .ToHashSet();
        var listed = (await File.ReadAllLinesAsync(DemoFile)).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.True(listed.Count >= 6);
        Assert.All(listed, e => Assert.Contains(e.GetProperty("id").GetString(), people));
        Assert.Contains(listed, e => e.TryGetProperty("outOfOfficeDays", out _));
    }
}
