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
    [InlineData("who knows a lot about k8s?", "k8s", "en")]
    [InlineData("does anyone know much about Terraform?", "Terraform", "en")]
    [InlineData("anyone who knows a thing or two about SAP?", "SAP", "en")]
    [InlineData("<at>ExpertBot</at> who knows Kubernetes?", "Kubernetes", "en")]
    [InlineData("looking for someone with both talent acquisition and learning and development experience", "talent acquisition and learning and development", "en")]
    [InlineData("who knows both Kafka and Flink?", "Kafka and Flink", "en")]
    [InlineData("qui connaît à la fois la paie et SAP ?", "paie et SAP", "fr")]
    [InlineData("who knows both?", "both", "en")]
    [InlineData("<at id=\"0\">Expert Bot</at>&nbsp;qui connaît le droit du travail ?", "droit du travail", "fr")]
    public void A_question_gives_its_topic_and_language(string text, string topic, string? language)
    {
        var intent = QuestionParser.Parse(text);

        var find = Assert.IsType<Intent.FindExperts>(intent);
        Assert.Equal(topic, find.Topic);
        Assert.Equal(ToLanguage(language), find.Language);
    }

    [Fact]
    public void TopicOf_UserExperienceDesign_KeepsTheWholeTopic() =>
        Assert.Equal("user experience design", QuestionParser.TopicOf("anyone know user experience design?"));

    [Theory]
    [InlineData("user experience")]
    [InlineData("who knows customer experience?")]
    [InlineData("anyone with developer experience?")]
    [InlineData("is there an employee experience expert here?")]
    [InlineData("who has patient experience?")]
    [InlineData("anyone with domain knowledge?")]
    [InlineData("experts in customer experience")]
    [InlineData("does anyone have people skills?")]
    public void TopicOf_KnownCompoundEndingInATailWord_IsNeverCut(string question)
    {
        var topic = QuestionParser.TopicOf(question);

        Assert.Matches(@"^(?:user|customer|developer|employee|patient) experience$|^domain knowledge$|^people skills$", topic);
    }

    [Theory]
    [InlineData("anyone with Kubernetes experience?", "Kubernetes")]
    [InlineData("k8s skills", "k8s")]
    [InlineData("who has Terraform experience?", "Terraform")]
    [InlineData("does anyone have Kubernetes experience?", "Kubernetes")]
    [InlineData("anyone with machine learning experience?", "machine learning")]
    [InlineData("anyone with strong Python skills?", "Python")]
    [InlineData("anyone with a finance background?", "finance")]
    [InlineData("who has user experience expertise?", "user experience")]
    [InlineData("anyone with customer experience skills?", "customer experience")]
    [InlineData("anyone with deep learning experience?", "deep learning")]
    [InlineData("who has real estate experience?", "real estate")]
    [InlineData("anyone with some Azure experience?", "Azure")]
    public void TopicOf_TailThatFramesTheTopic_IsDropped(string question, string topic) => Assert.Equal(topic, QuestionParser.TopicOf(question));

    [Theory]
    [InlineData("anyone with relevant experience?", "relevant experience")]
    [InlineData("who has some experience", "some experience")]
    [InlineData("background", "background")]
    public void TopicOf_TailAfterOnlyGenericWords_IsKept(string question, string topic) => Assert.Equal(topic, QuestionParser.TopicOf(question));

    [Theory]
    [InlineData("anyone know user experience design?", "user experience design")]
    [InlineData("anyone know Terraform?", "Terraform")]
    [InlineData("who has experience with user experience design?", "user experience design")]
    [InlineData("anybody knows about Bicep?", "Bicep")]
    [InlineData("does anybody have experience with Kubernetes?", "Kubernetes")]
    [InlineData("does anyone here have any experience in SAP?", "SAP")]
    [InlineData("anyone with experience in Power BI?", "Power BI")]
    [InlineData("who has experience with contract law?", "contract law")]
    [InlineData("who has a background in accounting?", "accounting")]
    [InlineData("who's good with Excel?", "Excel")]
    [InlineData("where can I find someone who knows Terraform?", "Terraform")]
    [InlineData("where can I find an expert in GDPR?", "GDPR")]
    [InlineData("where could we find someone who knows about payroll", "payroll")]
    [InlineData("who speaks Japanese?", "Japanese")]
    [InlineData("does anyone speak German?", "German")]
    [InlineData("anyone speak Spanish?", "Spanish")]
    public void Parse_EnglishFrame_GivesTheTopicInEnglish(string text, string topic) => AssertTopic(text, topic, Language.English);

    [Theory]
    [InlineData("qui a déjà travaillé sur la facturation électronique ?", "facturation électronique")]
    [InlineData("qui a travaillé avec Kubernetes ?", "Kubernetes")]
    [InlineData("quelqu'un sait-il configurer Intune ?", "Intune")]
    [InlineData("quelqu'un sait-il utiliser Power BI ?", "Power BI")]
    [InlineData("quelqu'un sait comment faire la paie ?", "paie")]
    [InlineData("est-ce que quelqu'un connaît le RGPD ?", "RGPD")]
    [InlineData("quelqu'un connaît-il Terraform ?", "Terraform")]
    [InlineData("qui pourrait m'aider sur le RGPD ?", "RGPD")]
    [InlineData("qui peut m'aider avec Excel ?", "Excel")]
    [InlineData("des experts en cybersécurité ?", "cybersécurité")]
    [InlineData("Des experts en Kubernetes ?", "Kubernetes")]
    [InlineData("y a-t-il des experts en droit du travail ?", "droit du travail")]
    [InlineData("qui connaît l'apprentissage automatique ?", "apprentissage automatique")]
    [InlineData("quelqu'un a de l'expérience dans l'IA ?", "IA")]
    [InlineData("qui connaît l'expérience utilisateur ?", "expérience utilisateur")]
    [InlineData("quelqu'un a de l'expérience en user experience ?", "user experience")]
    [InlineData("qui parle japonais ?", "japonais")]
    [InlineData("qui parle le japonais ?", "japonais")]
    [InlineData("quelqu'un parle allemand ?", "allemand")]
    [InlineData("je cherche quelqu'un qui parle espagnol", "espagnol")]
    [InlineData("y a-t-il quelqu'un qui maîtrise Terraform ?", "Terraform")]
    [InlineData("y a-t-il quelqu'un qui parle allemand ?", "allemand")]
    public void Parse_FrenchFrame_GivesTheTopicInFrench(string text, string topic) => AssertTopic(text, topic, Language.French);

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
    [InlineData("who knows", "en")]
    [InlineData("who knows?", "en")]
    [InlineData("anyone know?", "en")]
    [InlineData("does anyone know", "en")]
    [InlineData("who can help?", "en")]
    [InlineData("looking for an expert", "en")]
    [InlineData("qui connaît ?", "fr")]
    [InlineData("quelqu'un connaît ?", "fr")]
    [InlineData("qui peut m'aider ?", "fr")]
    [InlineData("someone?", "en")]
    [InlineData("???", null)]
    [InlineData("!!! …", null)]
    [InlineData("hello, anyone here?", "en")]
    [InlineData("ok", null)]
    [InlineData("what?", null)]
    [InlineData("d'accord", null)]
    [InlineData("who knows about?", "en")]
    [InlineData("who knows who?", "en")]
    [InlineData("is there anyone who knows?", "en")]
    [InlineData("merci, quelqu'un ?", "fr")]
    public void A_request_without_its_topic_asks_which_topic_rather_than_searching_its_words(string text, string? language)
    {
        // Searching "who knows" answered « Nobody fits "who knows" yet », "hello" « Nobody fits "hello" yet », and "???"
        // « Nobody fits "" yet ».
        var intent = Assert.IsType<Intent.Empty>(QuestionParser.Parse(text));
        Assert.Equal(ToLanguage(language), intent.Language);
    }

    [Theory]
    [InlineData("hello", "en")]
    [InlineData("Hi team!", "en")]
    [InlineData("good morning everyone", "en")]
    [InlineData("bonjour à tous", "fr")]
    [InlineData("salut", "fr")]
    public void A_greeting_alone_is_answered_with_what_the_bot_can_do(string text, string language) =>
        Assert.Equal(ToLanguage(language), Assert.IsType<Intent.Help>(QuestionParser.Parse(text)).Language);

    [Theory]
    [InlineData("thanks", "en")]
    [InlineData("thank you so much!", "en")]
    [InlineData("merci beaucoup", "fr")]
    public void Thanks_are_thanks_not_a_topic(string text, string language) =>
        Assert.Equal(ToLanguage(language), Assert.IsType<Intent.Thanks>(QuestionParser.Parse(text)).Language);

    // Framed by words no frame lists, a French question is still answered in French: "expert" is a word of both languages.
    [Theory]
    [InlineData("expert droit de la concurrence dispo ?", "droit de la concurrence", "fr")]
    [InlineData("expert AMDEC dispo ?", "AMDEC", "fr")]
    [InlineData("expert CRM dispo ?", "CRM", "fr")]
    [InlineData("besoin d'aide sur Node, qui contacter ?", "Node", "fr")]
    [InlineData("expert Kubernetes available?", "Kubernetes", "en")]
    [InlineData("expert Kubernetes?", "Kubernetes", null)]
    [InlineData("we need some Snowflake expertise for a customer issue, who can I ping?", "Snowflake", "en")]
    [InlineData("is a Terraform person available?", "Terraform", "en")]
    public void A_question_no_frame_knows_is_answered_in_its_language(string text, string topic, string? language)
    {
        var find = Assert.IsType<Intent.FindExperts>(QuestionParser.Parse(text));
        Assert.Equal(topic, find.Topic);
        Assert.Equal(ToLanguage(language), find.Language);
    }

    [Theory]
    [InlineData("C#", "C#")]
    [InlineData("IT", "IT")]
    [InlineData("R", "R")]
    [InlineData("hello world", "hello world")]
    [InlineData("42", "42")]
    [InlineData("who knows kubernetes?", "kubernetes")]
    public void A_short_topic_is_still_a_topic(string text, string topic) =>
        Assert.Equal(topic, Assert.IsType<Intent.FindExperts>(QuestionParser.Parse(text)).Topic);

    [Theory]
    [InlineData("<at>ExpertBot</at> who knows Kubernetes?", "who knows Kubernetes?")]
    [InlineData("<at id=\"0\">ExpertBot</at> contract &amp; labour law", "contract & labour law")]
    public void Mentions_and_markup_are_stripped(string text, string expected) => Assert.Equal(expected, QuestionParser.StripMentions(text));

    private static void AssertTopic(string text, string topic, Language language)
    {
        var find = Assert.IsType<Intent.FindExperts>(QuestionParser.Parse(text));
        Assert.Equal(topic, find.Topic);
        Assert.Equal(language, find.Language);
    }

    private static Language? ToLanguage(string? code) => code switch
    {
        "en" => Language.English,
        "fr" => Language.French,
        _ => null,
    };

    // How good the person wanted is sits between who and the topic, and is not part of the topic.
    [Theory]
    [InlineData("on cherche une personne expérimentée en Power Apps pour un projet", "Power Apps")]
    [InlineData("je cherche un collègue vraiment calé sur la paie", "paie")]
    [InlineData("looking for someone skilled in Elasticsearch", "Elasticsearch")]
    [InlineData("I need a colleague experienced with SAP BW", "SAP BW")]
    public void TopicOf_HowGoodTheyShouldBe_IsNotPartOfTheTopic(string question, string topic) => Assert.Equal(topic, QuestionParser.TopicOf(question));

    // Phrasings no frame lists: the words that only ask are trimmed from the edges, clauses that only ask dropped.
    [Theory]
    [InlineData("searching for an experienced GitHub Actions person to review our approach", "GitHub Actions")]
    [InlineData("hi all, who would be the right contact for Cloud Composer?", "Cloud Composer")]
    [InlineData("can anyone recommend a colleague who knows SPO?", "SPO")]
    [InlineData("I'm stuck on a Eloqua question, who could help?", "Eloqua")]
    [InlineData("need advice on dbt Cloud from someone who's been through it", "dbt Cloud")]
    [InlineData("I need a IFRS reporting expert for a project starting next month", "IFRS reporting")]
    [InlineData("besoin d'aide sur Node, qui contacter ?", "Node")]
    [InlineData("bonjour à tous, qui serait le bon contact pour la paie ?", "paie")]
    [InlineData("is there anyone who has done real Go work here?", "Go")]
    [InlineData("has anyone done any Kubernetes work?", "Kubernetes")]
    [InlineData("who has done some droit social work before?", "droit social")]
    [InlineData("hello team, any pointers on Snowflake cost control?", "Snowflake cost control")]
    [InlineData("expert CRM dispo ?", "CRM")]
    [InlineData("is a Terraform person available?", "Terraform")]
    [InlineData("y a-t-il quelqu'un de très calé en comptabilité analytique ?", "comptabilité analytique")]
    [InlineData("connaissez-vous une collègue compétente en droit fiscal ?", "droit fiscal")]
    [InlineData("savez-vous qui est fort en Kotlin ?", "Kotlin")]
    [InlineData("we need some Snowflake expertise for a customer issue, who can I ping?", "Snowflake")]
    [InlineData("who in the organisation is really strong on GraphQL?", "GraphQL")]
    [InlineData("does anyone here know Apache Pulsar well?", "Apache Pulsar")]
    [InlineData("who knows the ledger close really well?", "ledger close")]
    [InlineData("anyone who knows Snowflake cost control inside out?", "Snowflake cost control")]
    [InlineData("qui connaît le droit fiscal à fond ?", "droit fiscal")]
    public void TopicOf_SentenceNoFrameKnows_IsTrimmedToItsTopic(string question, string topic) => Assert.Equal(topic, QuestionParser.TopicOf(question));

    // A topic is never trimmed: short texts without a question mark are topics, and the question's own subject stays.
    [Theory]
    [InlineData("Help desk", "Help desk")]
    [InlineData("oil well", "oil well")]
    [InlineData("project management", "project management")]
    [InlineData("Kafka, Flink", "Kafka, Flink")]
    [InlineData("How to validate a script address on-chain", "How to validate a script address on-chain")]
    public void TopicOf_TopicOrSubject_IsNotTrimmed(string question, string topic) => Assert.Equal(topic, QuestionParser.TopicOf(question));

    [Fact]
    public void TopicOf_LongTopicCutAtAnEmoji_KeepsTheEmojiWholeOrDropsIt()
    {
        var question = "who knows " + new string('k', QuestionParser.LongestTopic - 1) + "😀 and more";

        var topic = QuestionParser.TopicOf(question);

        Assert.DoesNotContain(topic, c => char.IsSurrogate(c));
    }
}
