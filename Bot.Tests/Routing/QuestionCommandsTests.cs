using ExpertBot.Conversation;
using ExpertBot.Localization;

namespace ExpertBot.Tests.Routing;

/// <summary>"Don't send me questions" and "send me questions", in English and French, are commands, not topics.</summary>
public sealed class QuestionCommandsTests
{
    [Theory]
    [InlineData("don't send me questions", "stop", "en")]
    [InlineData("Do not send me any more questions", "stop", "en")]
    [InlineData("stop sending me questions", "stop", "en")]
    [InlineData("ne m'envoyez pas de questions", "stop", "fr")]
    [InlineData("ne m’envoyez plus de questions", "stop", "fr")]
    [InlineData("send me questions", "start", "en")]
    [InlineData("send me questions again", "start", "en")]
    [InlineData("envoyez-moi des questions", "start", "fr")]
    [InlineData("<at>ExpertBot</at> envoyez-moi à nouveau des questions", "start", "fr")]
    public void The_routing_preference_commands_are_understood(string text, string change, string language)
    {
        var intent = Assert.IsType<Intent.SetPreference>(QuestionParser.Parse(text));

        Assert.Equal(change == "stop" ? PreferenceChange.StopQuestions : PreferenceChange.StartQuestions, intent.Change);
        Assert.Equal(language == "fr" ? Language.French : Language.English, intent.Language);
    }

    [Fact]
    public void A_question_about_questions_is_still_a_question()
    {
        Assert.IsType<Intent.FindExperts>(QuestionParser.Parse("who knows interview questions?"));
    }
}
