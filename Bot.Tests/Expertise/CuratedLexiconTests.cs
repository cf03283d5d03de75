using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

/// <summary>What the curated lexicon's words and topics must not do once analysed (accents folded, words stemmed).</summary>
public sealed class CuratedLexiconTests
{
    [Fact]
    public void A_french_word_never_reads_as_an_english_word_of_another_pair()
    {
        // « salariés » (employees) folds and stems to "salary", the English side of ("salary", « salaire »): the pair
        // ("employees", « salariés ») made every "employee" also read "salary", and "employee relations" answered
        // with payroll people. A French word that analyses to another pair's English word is that word, not its own.
        var english = CuratedTopics.Words.ToLookup(w => string.Join(' ', TextAnalyzer.Terms(w.English)), w => w.French);
        var offending = CuratedTopics.Words
            .Select(w => (w.English, w.French, Read: string.Join(' ', TextAnalyzer.Terms(w.French))))
            .Where(w => w.Read != string.Join(' ', TextAnalyzer.Terms(w.English))
                && english[w.Read].Any(other => string.Join(' ', TextAnalyzer.Terms(other)) != w.Read))
            .Select(w => $"{w.English} / {w.French} reads {w.Read}")
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Employee_is_the_french_salarie_not_a_salary()
    {
        var employee = Assert.Single(TopicLexicon.Curated.Concepts(TextAnalyzer.Terms("employees")));

        Assert.Null(employee.Key);
        Assert.Contains(employee.Alternatives, f => f is ["salarie"]);
        Assert.DoesNotContain(employee.Alternatives, f => f is ["salary"]);
    }

    // « Qui connaît Bases de données ? » read as a capital mid-sentence; a product or an acronym keeps its capitals.
    [Theory]
    [InlineData("Databases", "databases", "bases de données")]
    [InlineData("Employment law", "employment law", "droit du travail")]
    [InlineData("Infrastructure as code", "infrastructure as code", "infrastructure as code")]
    [InlineData("Kubernetes", "Kubernetes", "Kubernetes")]
    [InlineData("DevOps", "DevOps", "DevOps")]
    [InlineData("Microsoft 365", "Microsoft 365", "Microsoft 365")]
    [InlineData("C#", "C#", "C#")]
    public void A_topic_is_named_in_a_sentence_without_the_capital_of_a_title(string english, string inEnglish, string inFrench)
    {
        var key = TopicLexicon.KeyOf(english);

        Assert.Equal(inEnglish, TopicLexicon.Curated.NameInSentence(key, Localization.Language.English));
        Assert.Equal(inFrench, TopicLexicon.Curated.NameInSentence(key, Localization.Language.French));
    }

    [Fact]
    public void A_word_the_same_in_both_languages_or_an_unknown_key_keeps_its_capital()
    {
        Assert.Equal("Marketing", TopicLexicon.Curated.NameInSentence("marketing", Localization.Language.French));
        Assert.Equal("Unknown Topic", TopicLexicon.Curated.NameInSentence("Unknown Topic", Localization.Language.English));
    }

    // A word that names several topics, or a neighbouring discipline, is no broad topic's alias:
    // - "forecasting" is demand, sales, cash and time-series forecasting as much as budgeting: as financial planning's
    //   alias it made that family the core of "time-series forecasting" (235,000 budget items at 100,000 people);
    // - compensation (« rémunération »: pay bands, bonuses, benefits) is reward's work, not payroll's: as payroll's
    //   alias it answered "compensation and benefits" and « rémunération » with the people who run the payslips;
    // - « sécurité » is safety as much as security (« sécurité incendie », « sécurité au travail »): alone it is no
    //   alias of cybersecurity, whose French names say so;
    // - "no-code" read without its stop word "no" was "code": Power Platform's alias, it read "code review" as Power
    //   Platform and every item about code as its work; "on-call" was "call" ("the vendor call moved"), incident management.
    [Theory]
    [InlineData("time-series forecasting", "financial planning")]
    [InlineData("demand forecasting", "financial planning")]
    [InlineData("prévisions de ventes", "financial planning")]
    [InlineData("compensation", "payroll")]
    [InlineData("rémunération", "payroll")]
    [InlineData("Compensation and benefits", "payroll")]
    [InlineData("rémunération et avantages sociaux", "payroll")]
    [InlineData("sécurité incendie", "cybersecurity")]
    [InlineData("sécurité", "cybersecurity")]
    [InlineData("code review", "power platform")]
    [InlineData("clean code", "power platform")]
    [InlineData("call centre", "incident management")]
    public void A_word_of_several_topics_or_of_a_neighbouring_one_is_no_alias(string question, string key) =>
        Assert.DoesNotContain(QueryTopics.Concepts(question, TopicLexicon.Curated, useLexicon: true), c => c.Key == key);

    [Theory]
    [InlineData("budgeting", "financial planning")]
    [InlineData("FP&A", "financial planning")]
    [InlineData("payroll", "payroll")]
    [InlineData("paie", "payroll")]
    [InlineData("payslips", "payroll")]
    [InlineData("fiches de paie", "payroll")]
    [InlineData("cybersécurité", "cybersecurity")]
    [InlineData("sécurité informatique", "cybersecurity")]
    [InlineData("sécurité de l'information", "cybersecurity")]
    [InlineData("security", "cybersecurity")]
    [InlineData("no-code", "power platform")]
    [InlineData("low-code", "power platform")]
    [InlineData("on-call", "incident management")]
    public void A_topic_keeps_its_own_names(string question, string key) =>
        Assert.Equal(key, Assert.Single(QueryTopics.Concepts(question, TopicLexicon.Curated, useLexicon: true)).Key);
}
