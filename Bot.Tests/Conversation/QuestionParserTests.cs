using ExpertBot.Conversation;
using ExpertBot.Localization;

namespace ExpertBot.Tests.Conversation;

/// <summary>What people type in Teams, in English and French, and the topic and language the bot understands.</summary>
public sealed class QuestionParserTests
{
    [Theory]
    [InlineData("who knows Kubernetes?", "Kubernetes", "en")]
    [InlineData("anyone with k8s experience?", "k8s", "en")]
    [InlineData("expert in contract law", "contract law", "en")]
    [InlineData("qui connaît le droit du travail ?", "droit du travail", "fr")]
    [InlineData("qui s'y connaît en RGPD ?", "RGPD", "fr")]
    [InlineData("qui s’y connaît en RGPD ?", "RGPD", "fr")]
    [InlineData("is there a ReactJS specialist around?", "ReactJS", "en")]
    [InlineData("Are there any Terraform experts here?", "Terraform", "en")]
    [InlineData("any SD-WAN experts?", "SD-WAN", "en")]
    [InlineData("I need help with payroll", "payroll", "en")]
    [InlineData("quelqu'un maîtrise l'infrastructure en tant que code ?", "infrastructure en tant que code", "fr")]
    [InlineData("quelqu'un connaît bien la paie ?", "paie", "fr")]
    [InlineData("quelqu'un a de l'expérience en security operations ?", "security operations", "fr")]
    [InlineData("besoin d'aide sur l'intégration continue", "intégration continue", "fr")]
    [InlineData("j'ai besoin d'un coup de main avec Kubernetes", "Kubernetes", "fr")]
    [InlineData("kubernetes", "kubernetes", null)]
    [InlineData("<at>ExpertBot</at> who knows Kubernetes?", "Kubernetes", "en")]
    [InlineData("<at id=\"0\">Expert Bot</at>&nbsp;qui connaît le droit du travail ?", "droit du travail", "fr")]
    public void A_question_gives_its_topic_and_language(string text, string topic, string? language)
    {
        var intent = QuestionParser.Parse(text);

        var find = Assert.IsType<Intent.FindExperts>(intent);
        Assert.Equal(topic, find.Topic);
        Assert.Equal(ToLanguage(language), find.Language);
    }

    [Theory]
    [InlineData("help", "en")]
    [InlineData("Help", "en")]
    [InlineData("aide", "fr")]
    [InlineData("<at>ExpertBot</at> aide", "fr")]
    public void Help_is_understood_in_the_language_asked(string text, string language)
    {
        var intent = QuestionParser.Parse(text);

        var help = Assert.IsType<Intent.Help>(intent);
        Assert.Equal(ToLanguage(language), help.Language);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<at>ExpertBot</at>")]
    [InlineData("   ")]
    public void Nothing_but_a_mention_asks_for_nothing(string text) => Assert.IsType<Intent.Empty>(QuestionParser.Parse(text));

    [Theory]
    [InlineData("<at>ExpertBot</at> who knows Kubernetes?", "who knows Kubernetes?")]
    [InlineData("<at id=\"0\">ExpertBot</at> contract &amp; labour law", "contract & labour law")]
    public void Mentions_and_markup_are_stripped(string text, string expected) => Assert.Equal(expected, QuestionParser.StripMentions(text));

    private static Language? ToLanguage(string? code) => code switch
    {
        "en" => Language.English,
        "fr" => Language.French,
        _ => null,
    };
}
