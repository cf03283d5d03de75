using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

/// <summary>What kind of topic a question asks (the head of the organisation's names) and the parts of a list it names.</summary>
public sealed class KindsOfTopicTests
{
    [Theory]
    [InlineData("warehouse management and customs and trade compliance", "warehouse management", "customs and trade compliance")]
    [InlineData("learning and development + payroll", "learning and development", "payroll")]
    [InlineData("Kubernetes and Terraform and Ansible", "Kubernetes", "Terraform", "Ansible")]
    public void Parts_of_a_list_that_together_make_one_name_stay_one_topic(string question, params string[] topics)
    {
        // "customs and trade compliance" is the organisation's own name, "learning and development" the lexicon's:
        // split at every "and", the first question read three topics, one of them "customs" alone.
        string[] own = ["customs and trade compliance", "warehouse management"];

        var asked = QueryTopics.Read(question, TopicLexicon.Curated, useLexicon: true, isOwnPhrase: own.Contains);

        Assert.Equal(topics, asked.Texts);
        Assert.Equal(topics.Length - 1, asked.Concepts.Max(c => c.Segment));
    }

    [Fact]
    public void The_organisation_s_own_names_join_parts_of_a_list_with_the_lexicon_off_too()
    {
        const string question = "warehouse management and customs and trade compliance";
        string[] own = ["customs and trade compliance", "warehouse management"];

        var asked = QueryTopics.Read(question, TopicLexicon.Curated, useLexicon: false, isOwnPhrase: own.Contains);

        Assert.Equal(["warehouse management", "customs and trade compliance"], asked.Texts);
    }

    [Theory]
    [InlineData("competition law", "law")]
    [InlineData("droit de la concurrence", "droit")]
    [InlineData("Japanese language", "language")]
    public void The_head_the_organisation_ends_several_topic_names_with_says_what_kind_of_topic_not_which(string question, string head)
    {
        // The organisation names "contract law", "employment law" and "patent law": in "competition law" the word
        // "law" says what kind of topic is asked (English head last, French head first, « droit » read as "law").
        string[] heads = ["law", "language"];

        var concepts = QueryTopics.Concepts(question, TopicLexicon.Curated, useLexicon: true, isKindWord: heads.Contains);

        var kind = Assert.Single(concepts, c => c.Kind);
        Assert.Equal(head, kind.Alternatives[0][0]);
        Assert.DoesNotContain(concepts, c => c.Kind && c.Alternatives.Any(f => f is ["competition" or "concurrence" or "japanese"]));
    }

    [Fact]
    public void A_head_that_alone_is_an_alias_of_a_known_topic_is_read_as_the_word_of_its_kind()
    {
        // Alone, "management" is an alias of leadership; at the end of "treasury management" it is the kind of topic,
        // where the organisation names several "… management" topics. "risk management" is a name of two words: a topic.
        string[] heads = ["management"];

        var treasury = QueryTopics.Concepts("treasury management", TopicLexicon.Curated, useLexicon: true, isKindWord: heads.Contains);
        var supplier = QueryTopics.Concepts("supplier risk management", TopicLexicon.Curated, useLexicon: true, isKindWord: heads.Contains);
        var unknownKind = QueryTopics.Concepts("treasury management", TopicLexicon.Curated, useLexicon: true);

        Assert.Contains(unknownKind, c => c.Key == "leadership");
        Assert.DoesNotContain(treasury, c => c.Key is not null);
        Assert.Contains(treasury, c => c.Kind && c.Alternatives[0] is ["management"] && !c.Core);
        Assert.Contains(supplier, c => c.Key == "risk management");
        Assert.DoesNotContain(supplier, c => c.Kind);
    }

    [Fact]
    public void French_written_without_de_keeps_its_head_first()
    {
        // « automatisation marketing » is marketing automation: its head is « automatisation », and "marketing", which
        // ends the organisation's "digital marketing" and "content marketing", is no word of its kind here.
        string[] heads = ["marketing", "automation"];

        var french = QueryTopics.Concepts("automatisation marketing", TopicLexicon.Curated, useLexicon: true, isKindWord: heads.Contains);
        var english = QueryTopics.Concepts("content marketing", TopicLexicon.Curated, useLexicon: true, isKindWord: heads.Contains);

        Assert.DoesNotContain(french, c => c.Kind && c.Alternatives.Any(f => f is ["marketing"]));
        Assert.Contains(english, c => c.Kind && c.Alternatives.Any(f => f is ["marketing"]));
    }

    [Fact]
    public void A_word_ending_the_names_of_three_topics_is_a_head_one_starting_them_is_not()
    {
        var phrases = new Dictionary<string, int>
        {
            ["contract law"] = 0, ["employment law"] = 1, ["droit travail"] = 1, ["patent law"] = 2, ["trademark law"] = 2,
            ["data protection"] = 3, ["data engineering"] = 4, ["data science"] = 5, ["tax law"] = 6, ["law"] = 7,
        };
        var lists = Enumerable.Range(0, 8).Select(_ => new ConceptList([], [])).ToArray();

        var topics = new LearnedTopics(phrases, new string?[8], lists);

        Assert.True(topics.IsSharedNameWord("law"));
        Assert.False(topics.IsSharedNameWord("data"));
        Assert.False(topics.IsSharedNameWord("droit"));
        Assert.False(new LearnedTopics(phrases.Where(p => p.Value is 0 or 1 or 7).ToDictionary(), new string?[8], lists).IsSharedNameWord("law"));
    }

    [Theory]
    [InlineData("law")]
    [InlineData("law firm onboarding checklist review")]
    [InlineData("law and competition")]
    public void A_head_word_alone_in_a_paragraph_or_as_a_topic_of_its_own_is_read_as_usual(string question)
    {
        string[] heads = ["law"];

        Assert.DoesNotContain(QueryTopics.Concepts(question, TopicLexicon.Curated, useLexicon: true, isKindWord: heads.Contains), c => c.Kind);
    }

    [Fact]
    public void A_word_of_the_kind_of_topic_adds_only_where_the_question_s_other_words_match()
    {
        // Document 0 is competition law; 1 and 2 are contract law, writing "law" often. Read as a kind, "law" no
        // longer lets the contract documents answer "competition law" on their own.
        var builder = new InvertedField.Builder();
        builder.Add(new Dictionary<string, float> { ["competition"] = 1, ["law"] = 1 }, 2);
        builder.Add(new Dictionary<string, float> { ["contract"] = 1, ["law"] = 3 }, 4);
        builder.Add(new Dictionary<string, float> { ["contract"] = 2, ["law"] = 2 }, 4);
        builder.Add(new Dictionary<string, float> { ["payroll"] = 1 }, 1);
        var field = builder.Build(ExpertiseSettings.Default.Bm25);
        QueryConcept competition = new(null, [["competition"]]), law = new(null, [["law"]]);

        var asWords = new ConceptScorer(field.DocumentCount);
        asWords.Score(field, [competition, law], ConceptLists.None, commonShare: 0.9);
        var asKind = new ConceptScorer(field.DocumentCount);
        asKind.Score(field, [competition, law with { Kind = true }], ConceptLists.None, commonShare: 0.9);

        Assert.Equal(3, asWords.TouchedCount);
        Assert.Equal(1, asKind.TouchedCount);
        Assert.Equal(asWords.Total[0], asKind.Total[0]);
    }

    [Fact]
    public void A_word_of_the_kind_of_topic_adds_only_where_the_other_words_match_even_when_they_are_common()
    {
        // "transport" is in most documents here, so it is a common word too. "management" had then counted in full,
        // as if the question were about management: document 3, about risk management alone, answered "transport management".
        var builder = new InvertedField.Builder();
        builder.Add(new Dictionary<string, float> { ["transport"] = 1, ["management"] = 1 }, 2);
        builder.Add(new Dictionary<string, float> { ["transport"] = 2 }, 2);
        builder.Add(new Dictionary<string, float> { ["transport"] = 1, ["freight"] = 1 }, 2);
        builder.Add(new Dictionary<string, float> { ["risk"] = 1, ["management"] = 2 }, 3);
        var field = builder.Build(ExpertiseSettings.Default.Bm25);
        QueryConcept transport = new(null, [["transport"]]), management = new(null, [["management"]]) { Kind = true };

        var scorer = new ConceptScorer(field.DocumentCount);
        scorer.Score(field, [transport, management], ConceptLists.None, commonShare: 0.5);

        Assert.Equal(0b10UL, CommonWords.Of(field, [transport, management], ConceptLists.None, 0.5));
        Assert.Equal(3, scorer.TouchedCount);
        Assert.Equal(0, scorer.Total[3]);
    }
}
