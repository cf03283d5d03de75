using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Digest;
using ExpertBot.Privacy;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Digest;

/// <summary>Subscribing, unsubscribing and "don't feature me" through POST /api/messages, as Teams sends them.</summary>
public sealed class SubscriptionEndpointTests(AuthenticatedBot bot) : IClassFixture<AuthenticatedBot>
{
    private const string Person = "00000000-0000-0000-0000-0000000000d5";

    private SubscriptionStore Store => bot.Factory.Services.GetRequiredService<SubscriptionStore>();

    [Fact]
    public async Task Subscribing_with_topics_then_listing_then_unsubscribing_in_English()
    {
        var subscribed = await SayAsync("subscribe to the weekly digest on Kubernetes, Terraform");
        var listed = await SayAsync("my subscriptions");
        var stored = await Store.GetAsync(BotFactory.TenantId, Subscription.PersonKey(Person));
        var partly = await SayAsync("unsubscribe Terraform");
        var afterPartly = await Store.GetAsync(BotFactory.TenantId, Subscription.PersonKey(Person));
        var stopped = await SayAsync("unsubscribe");

        Assert.Equal("Done: every week I'll send you the rising experts on Kubernetes, Terraform.", subscribed);
        Assert.Contains("Kubernetes, Terraform", listed, StringComparison.Ordinal);
        Assert.Equal(["Kubernetes", "Terraform"], stored!.Topics);
        Assert.Equal(("en", "personal", true), (stored.Language, stored.ConversationType, stored.Active));
        Assert.Contains("Terraform", partly, StringComparison.Ordinal);
        Assert.Equal(["Kubernetes"], afterPartly!.Topics);
        Assert.Equal("Done: no more weekly digest.", stopped);
        Assert.Null(await Store.GetAsync(BotFactory.TenantId, Subscription.PersonKey(Person)));
    }

    [Fact]
    public async Task Subscribing_in_French_without_topics_covers_ones_own_work_and_team()
    {
        var answer = await SayAsync("abonne-moi au résumé hebdomadaire", aadObjectId: "fr-person");
        var listed = await SayAsync("mes abonnements", aadObjectId: "fr-person");

        Assert.StartsWith("C'est fait", answer, StringComparison.Ordinal);
        Assert.Contains("votre travail et de votre équipe", listed, StringComparison.Ordinal);
        var stored = await Store.GetAsync(BotFactory.TenantId, Subscription.PersonKey("fr-person"));
        Assert.Equal(("fr", 0), (stored!.Language, stored.Topics.Count));
    }

    [Fact]
    public async Task A_channel_subscribes_as_a_conversation_whatever_thread_it_was_asked_in()
    {
        var activity = TestActivities.Message("<at>ExpertBot</at> subscribe to the weekly digest on Kubernetes", conversationType: "channel");
        var channel = "19:abc@thread.tacv2";
        activity["conversation"]!["id"] = channel + ";messageid=1700000000000";

        await PostAsync(activity);

        var stored = await Store.GetAsync(BotFactory.TenantId, Subscription.ConversationKey(channel));
        Assert.Equal((channel, (string?)null), (stored!.ConversationId, stored.PersonId));
    }

    [Fact]
    public async Task Forget_me_deletes_the_persons_subscriptions()
    {
        await SayAsync("subscribe on Kubernetes", aadObjectId: "forgetful");

        var answer = await SayAsync("forget me", aadObjectId: "forgetful");

        Assert.Contains(", 1 ", answer, StringComparison.Ordinal);
        Assert.Null(await Store.GetAsync(BotFactory.TenantId, Subscription.PersonKey("forgetful")));
    }

    [Theory]
    [InlineData("don't feature me", "feature me", "Done: you won't be featured")]
    [InlineData("ne pas me mettre en avant", "me mettre en avant", "C'est fait : vous n'apparaîtrez plus")]
    public async Task Not_featured_people_stay_findable_and_can_undo(string optOut, string optIn, string expected)
    {
        var person = "feature-" + Guid.NewGuid().ToString("N")[..6];
        var preferences = bot.Factory.Services.GetRequiredService<PreferenceStore>();

        var answer = await SayAsync(optOut, aadObjectId: person);
        var notFeatured = await preferences.NotFeaturedAsync(BotFactory.TenantId);
        var findable = await preferences.UnfindableAsync(BotFactory.TenantId);
        await SayAsync(optIn, aadObjectId: person);

        Assert.StartsWith(expected, answer, StringComparison.Ordinal);
        Assert.Contains(person, notFeatured);
        Assert.DoesNotContain(person, findable);
        Assert.DoesNotContain(person, await preferences.NotFeaturedAsync(BotFactory.TenantId));
    }

    private async Task<string> SayAsync(string text, string aadObjectId = Person)
    {
        var activity = TestActivities.Message(text, locale: "en-US");
        activity["from"]!["aadObjectId"] = aadObjectId;
        return await PostAsync(activity);
    }

    private async Task<string> PostAsync(JsonObject activity)
    {
        using var response = await bot.PostAsync(activity, bot.ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity)));
        return reply.Text ?? string.Empty;
    }
}
