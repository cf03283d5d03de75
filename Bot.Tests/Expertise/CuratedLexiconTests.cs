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
}
