using System.Net;
using System.Text.Json.Nodes;
using ExpertBot.Digest;
using ExpertBot.Storage;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertBot.Tests.Privacy;

/// <summary>"Forget me" means nothing about the person is recorded afterwards: not a subscription, not a conversation.</summary>
public sealed class ForgetMeEverywhereTests(AuthenticatedBot bot) : IClassFixture<AuthenticatedBot>
{
    [Fact]
    public async Task After_forget_me_a_subscription_is_refused_and_nothing_is_stored()
    {
        var person = await ForgottenPersonAsync();

        var answer = await SayAsync("subscribe to the weekly digest on Kubernetes", person);

        Assert.Contains("forget you", answer, StringComparison.Ordinal);
        var subscriptions = bot.Factory.Services.GetRequiredService<SubscriptionStore>();
        Assert.Null(await subscriptions.GetAsync(BotFactory.TenantId, Subscription.PersonKey(person)));
    }

    [Fact]
    public async Task After_forget_me_installing_the_bot_again_records_no_conversation_and_sends_no_welcome()
    {
        var person = await ForgottenPersonAsync();
        var install = Install(person);

        using var response = await bot.PostAsync(install, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Factory.Connector.SentTo(TestActivities.ConversationId(install)));
        var conversations = bot.Factory.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Null(await conversations.FindPersonalAsync(BotFactory.TenantId, person));
    }

    [Fact]
    public async Task Someone_who_did_not_ask_to_be_forgotten_is_recorded_and_welcomed_on_install()
    {
        var person = "installer-" + Guid.NewGuid().ToString("N")[..8];
        var install = Install(person);

        using var response = await bot.PostAsync(install, bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Factory.Connector.SentTo(TestActivities.ConversationId(install)));
        var conversations = bot.Factory.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.NotNull(await conversations.FindPersonalAsync(BotFactory.TenantId, person));
    }

    private static JsonObject Install(string person)
    {
        var install = TestActivities.Activity("installationUpdate");
        install["action"] = "add";
        install["from"]!["aadObjectId"] = person;
        return install;
    }

    private async Task<string> ForgottenPersonAsync()
    {
        var person = "forgotten-" + Guid.NewGuid().ToString("N")[..8];
        Assert.StartsWith("Done", await SayAsync("forget me", person), StringComparison.Ordinal);
        return person;
    }

    private async Task<string> SayAsync(string text, string aadObjectId)
    {
        var activity = TestActivities.Message(text);
        activity["from"]!["aadObjectId"] = aadObjectId;
        using var response = await bot.PostAsync(activity, bot.ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(bot.Factory.Connector.SentTo(TestActivities.ConversationId(activity))).Text ?? string.Empty;
    }
}
