using ExpertBot.Expertise;
using static ExpertBot.Tests.Expertise.EvidenceFixture;

namespace ExpertBot.Tests.Expertise;

/// <summary>
/// The activity prior holds only where the organisation's own answered questions show that who answers now answers
/// next. Quinn wrote two guides on every topic; Bea answered once on each and answers colleagues all the time.
/// </summary>
public sealed class ActivityCalibrationTests
{
    private static readonly DateTimeOffset Cut = Now.AddDays(-5);

    [Fact]
    public void Where_the_busiest_answer_the_newest_questions_the_prior_applies_and_ranks_them_first()
    {
        var index = ExpertIndex.Build(Organisation(questions: 40, nextAnswerer: "b"));

        Assert.True(index.ActivityCalibration.Applies, index.ActivityCalibration.ToString());
        Assert.Equal(40, index.ActivityCalibration.Questions);
        Assert.Equal("Bea", Ask(index, "vendrillo")[0]);
        Assert.Equal("Bea", AskAtCut(index, "vendrillo"));
    }

    [Fact]
    public void Where_the_quiet_specialist_answers_them_the_busy_are_not_favoured()
    {
        var index = ExpertIndex.Build(Organisation(questions: 40, nextAnswerer: "q"));

        Assert.False(index.ActivityCalibration.Applies, index.ActivityCalibration.ToString());
        Assert.True(index.ActivityCalibration.Without > index.ActivityCalibration.WithPrior);
        // Asked at the cut, when Bea was the busiest: Quinn's two guides still come first.
        Assert.Equal("Quinn", AskAtCut(index, "vendrillo"));
    }

    [Fact]
    public void Too_few_answered_questions_tell_nothing_and_the_prior_is_off()
    {
        var index = ExpertIndex.Build(Organisation(questions: ActivityCalibration.FewestQuestions - 1, nextAnswerer: "b"));

        Assert.False(index.ActivityCalibration.Applies);
        Assert.Equal(ActivityCalibration.FewestQuestions - 1, index.ActivityCalibration.Questions);
        Assert.Equal("Quinn", AskAtCut(index, "vendrillo"));
    }

    [Fact]
    public void An_answer_is_linked_to_a_question_by_its_title_and_private_ones_take_no_part()
    {
        Assert.Equal(0, ActivityCalibration.None.Questions);
        EvidenceItem[] items =
        [
            At(Item("q1", "a", "How do I rotate keys?", EvidenceKinds.Question), -9),
            At(Item("q2", "a", "Which broker for events?", EvidenceKinds.Question), -8),
            At(Item("a1", "b", " How do I rotate keys? ", EvidenceKinds.Answer), -3),
            At(Item("a2", "c", "How do I rotate keys?", EvidenceKinds.Answer), -2),
            At(Item("a3", "d", "Which broker for events?", EvidenceKinds.Answer), -1) with { Visibility = Visibility.Private },
            At(Item("a4", "e", "Release notes", EvidenceKinds.Answer), -1),
            At(Item("d1", "f", "Which broker for events?"), -1),
        ];

        var (questions, asOf) = ActivityCalibration.AnsweredQuestions(items, new HashSet<string> { EvidenceKinds.Answer });

        var question = Assert.Single(questions);
        Assert.Equal("How do I rotate keys?", question.Title);
        Assert.Equal(["b", "c"], question.Answerers.Order());
        Assert.Equal(Cut.AddDays(-3).AddTicks(-1), asOf);
    }

    [Fact]
    public void Only_the_newest_questions_are_asked_again_as_of_before_their_first_answer()
    {
        var items = Enumerable.Range(0, ActivityCalibration.MostQuestions + 20)
            .SelectMany(i => new[]
            {
                At(Item($"q{i}", "a", $"Question {Word(i)}", EvidenceKinds.Question), i - 400),
                At(Item($"r{i}", "b", $"Question {Word(i)}", EvidenceKinds.Answer), i - 200),
            })
            .ToArray();

        var (questions, asOf) = ActivityCalibration.AnsweredQuestions(items, new HashSet<string> { EvidenceKinds.Answer });

        Assert.Equal(ActivityCalibration.MostQuestions, questions.Count);
        Assert.DoesNotContain(questions, q => q.Title == $"Question {Word(19)}");
        Assert.Contains(questions, q => q.Title == $"Question {Word(20)}");
        Assert.Equal(Cut.AddDays(20 - 200).AddTicks(-1), asOf);
    }

    // Every topic: a question asked a month before the cut, Quinn's two guides, Bea's one answer; Bea answers
    // thirty questions on other things in the ten days before the cut; after it, nextAnswerer answers each question.
    // "vendrillo" is set up alike but never asked: the topic the tests ask.
    private static Organisation Organisation(int questions, string nextAnswerer)
    {
        var items = new List<EvidenceItem>();
        for (var i = 0; i <= questions; i++)
        {
            var word = i == questions ? "vendrillo" : Word(i);
            items.Add(At(Item($"g{i}", "q", $"{word} tuning guide"), -60));
            items.Add(At(Item($"h{i}", "q", $"{word} field handbook"), -58));
            items.Add(At(Item($"n{i}", "b", $"{word} notes", EvidenceKinds.Answer), -20));
            if (i < questions)
            {
                var title = $"How do I tune the {word} engine?";
                items.Add(At(Item($"q{i}", "a", title, EvidenceKinds.Question), -30));
                items.Add(At(Item($"a{i}", nextAnswerer, title, EvidenceKinds.Answer), 1 + (i / 10.0)));
            }
        }

        for (var k = 0; k < 30; k++)
        {
            items.Add(At(Item($"busy{k}", "b", $"Lunch rota {Word(k)}", EvidenceKinds.Answer), -(k % 10) - 1));
        }

        return new Organisation([P("a", "Asker"), P("b", "Bea"), P("q", "Quinn")], items, []);
    }

    private static string AskAtCut(ExpertIndex index, string topic) => index.Search(new ExpertQuery(topic, Cut, 5))[0].Person.DisplayName;

    private static EvidenceItem At(EvidenceItem item, double days) => item with { Timestamp = Cut.AddDays(days) };

    // Distinct made-up words: "korvab", "korvac", ...
    private static string Word(int i) => $"korv{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}";
}
