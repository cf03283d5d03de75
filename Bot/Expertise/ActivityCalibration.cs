namespace ExpertBot.Expertise;

/// <summary>
/// Whether, in this organisation, who answers colleagues now is likelier to answer the next question: measured on
/// its own history before the activity prior (<see cref="ExpertiseSettings.ActivityPrior"/>) is trusted. Its newest
/// answered questions (an answer carries the title of the question it answers, as a Stack Exchange answer or a
/// reply under a titled thread does) are asked again as of just before the first of those answers, with and
/// without the prior; the prior is used only when it finds their answerers sooner. An organisation that keeps no
/// answered questions, or too few to tell, gets no prior: favouring the busy without evidence is a bias towards
/// the loud (on synthetic organisations whose experts are not the busiest, the prior cost 0.010–0.013 NDCG@10).
/// Pure: the index asks its own questions through <paramref name="rank"/> of <see cref="Measure"/>.
/// </summary>
internal sealed record ActivityCalibration(int Questions, double WithPrior, double Without)
{
    /// <summary>The newest answered questions asked again: enough to tell, few enough to cost little at build.</summary>
    public const int MostQuestions = 100;

    /// <summary>Fewer answered questions than this tell nothing: no prior.</summary>
    public const int FewestQuestions = 30;

    /// <summary>How far down the list an answerer counts (reciprocal rank within it).</summary>
    public const int ListLength = 10;

    public static ActivityCalibration None { get; } = new(0, 0, 0);

    /// <summary>Whether the prior applies: enough answered questions, and their answerers found sooner with it.</summary>
    public bool Applies => Questions >= FewestQuestions && WithPrior > Without;

    /// <summary>
    /// The newest questions of the items (distinct titles, at most <see cref="MostQuestions"/>) whose answers,
    /// items of <paramref name="answerKinds"/> titled like an item of kind question, were written from one moment
    /// on, and who wrote them; asked as of just before that moment. Private items take no part.
    /// </summary>
    public static (IReadOnlyList<AnsweredQuestion> Questions, DateTimeOffset AsOf) AnsweredQuestions(
        IReadOnlyList<EvidenceItem> items, IReadOnlySet<string> answerKinds)
    {
        // Titled answers first: most organisations keep none (a Graph tenant's replies are messages), and then
        // the questions are never read.
        var titled = new List<(EvidenceItem Answer, string Title)>();
        foreach (var item in items)
        {
            if (answerKinds.Contains(item.Kind) && Title(item) is { } title)
            {
                titled.Add((item, title));
            }
        }

        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in titled.Count == 0 ? [] : items)
        {
            if (item.Kind == EvidenceKinds.Question && Title(item) is { } title)
            {
                asked.Add(title);
            }
        }

        var answers = titled.Where(a => asked.Contains(a.Title)).OrderByDescending(a => a.Answer.Timestamp).ToList();
        var answerers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var from = DateTimeOffset.MaxValue;
        foreach (var (answer, title) in answers)
        {
            if (!answerers.TryGetValue(title, out var people))
            {
                if (answerers.Count == MostQuestions)
                {
                    break;
                }

                answerers[title] = people = new HashSet<string>(StringComparer.Ordinal);
            }

            people.Add(answer.PersonId);
            from = answer.Timestamp;
        }

        return ([.. answerers.Select(a => new AnsweredQuestion(a.Key, a.Value))], answerers.Count == 0 ? DateTimeOffset.MinValue : from.AddTicks(-1));
    }

    /// <summary>
    /// Asks each question with the prior at <paramref name="prior"/> and at 0 through <paramref name="rank"/> (the
    /// people listed, best first) and keeps each run's mean reciprocal rank of the first answerer listed.
    /// </summary>
    public static ActivityCalibration Measure(IReadOnlyList<AnsweredQuestion> questions, double prior, Func<string, double, IReadOnlyList<string>> rank)
    {
        if (questions.Count < FewestQuestions || prior <= 0)
        {
            return new ActivityCalibration(questions.Count, 0, 0);
        }

        return new ActivityCalibration(questions.Count, MeanReciprocalRank(questions, q => rank(q, prior)), MeanReciprocalRank(questions, q => rank(q, 0)));
    }

    private static double MeanReciprocalRank(IReadOnlyList<AnsweredQuestion> questions, Func<string, IReadOnlyList<string>> rank)
    {
        var sum = 0.0;
        foreach (var question in questions)
        {
            var listed = rank(question.Title);
            for (var k = 0; k < listed.Count && k < ListLength; k++)
            {
                if (question.Answerers.Contains(listed[k]))
                {
                    sum += 1.0 / (k + 1);
                    break;
                }
            }
        }

        return sum / questions.Count;
    }

    private static string? Title(EvidenceItem item) =>
        item.Visibility == Visibility.Private || string.IsNullOrWhiteSpace(item.Title) ? null : item.Title.Trim();
}

/// <summary>A question of the organisation's history, by its title, and who answered it.</summary>
internal sealed record AnsweredQuestion(string Title, IReadOnlySet<string> Answerers);
