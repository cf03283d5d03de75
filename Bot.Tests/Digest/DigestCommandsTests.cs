using Cronos;
using ExpertBot.Conversation;
using ExpertBot.Digest;
using ExpertBot.Localization;

namespace ExpertBot.Tests.Digest;

/// <summary>The digest's words in chat (EN/FR, and the manifest's command titles) and its weekly schedule.</summary>
public sealed class DigestCommandsTests
{
    [Theory]
    [InlineData("subscribe to the weekly digest on Kubernetes, Terraform", "en", "Kubernetes|Terraform")]
    [InlineData("subscribe to the weekly digest", "en", "")]
    [InlineData("subscribe", "en", "")]
    [InlineData("subscribe Learning and development", "en", "Learning and development")]
    [InlineData("abonne-moi au résumé hebdomadaire sur Kubernetes, droit du travail", "fr", "Kubernetes|droit du travail")]
    [InlineData("abonne-moi au résumé hebdomadaire", "fr", "")]
    [InlineData("s'abonner Kubernetes", "fr", "Kubernetes")]
    public void Subscribe_gives_its_topics_and_language(string text, string language, string topics)
    {
        var intent = Assert.IsType<Intent.Subscribe>(QuestionParser.Parse(text));

        Assert.Equal(topics.Length == 0 ? [] : topics.Split('|'), intent.Topics);
        Assert.Equal(language == "fr" ? Language.French : Language.English, intent.Language);
    }

    [Theory]
    [InlineData("unsubscribe", "")]
    [InlineData("unsubscribe Terraform", "Terraform")]
    [InlineData("désabonne-moi", "")]
    [InlineData("se désabonner droit du travail", "droit du travail")]
    public void Unsubscribe_gives_the_topics_to_drop(string text, string topics)
    {
        var intent = Assert.IsType<Intent.Unsubscribe>(QuestionParser.Parse(text));

        Assert.Equal(topics.Length == 0 ? [] : topics.Split('|'), intent.Topics);
    }

    [Theory]
    [InlineData("my subscriptions")]
    [InlineData("mes abonnements")]
    public void My_subscriptions_is_understood(string text) => Assert.IsType<Intent.MySubscriptions>(QuestionParser.Parse(text));

    [Theory]
    [InlineData("don't feature me", false)]
    [InlineData("ne pas me mettre en avant", false)]
    [InlineData("feature me", true)]
    [InlineData("me mettre en avant", true)]
    public void Featuring_is_a_preference(string text, bool featured) =>
        Assert.Equal(featured ? PreferenceChange.FeatureMe : PreferenceChange.DontFeatureMe, Assert.IsType<Intent.SetPreference>(QuestionParser.Parse(text)).Change);

    [Fact]
    public void The_schedule_runs_at_the_configured_day_hour_and_time_zone_and_covers_the_days_before()
    {
        var options = new DigestOptions { DayOfWeek = DayOfWeek.Monday, Hour = 8, TimeZone = "Europe/Paris" };
        var schedule = CronExpression.Parse(options.Cron());
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        var next = schedule.GetNextOccurrence(now, options.Zone());
        var latest = DigestScheduler.Latest(schedule, options.Zone(), now);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero), latest);
        Assert.Equal(new DateOnly(2026, 11, 22), DigestScheduler.WeekEnding(latest!.Value, options.Zone()));
    }

    [Fact]
    public void The_pacer_spaces_sends_at_the_configured_rate()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var pacer = new Pacer(40, time);

        var first = pacer.WaitAsync();
        var second = pacer.WaitAsync();
        time.Advance(TimeSpan.FromMilliseconds(24));
        var stillWaiting = second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(first.IsCompleted);
        Assert.False(stillWaiting);
        Assert.True(second.IsCompleted);
    }
}
