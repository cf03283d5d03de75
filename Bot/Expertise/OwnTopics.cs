using ExpertBot.Localization;

namespace ExpertBot.Expertise;

/// <summary>
/// The lexicon topics a person's own evidence supports, best first, each scored by the very search that answers
/// "who knows it?" restricted to this person (work by kind, age and substance, declared skills corroborated by that
/// work). Endorsements are left out: this is what the person's evidence says, for "my expertise".
/// </summary>
internal sealed class OwnTopics(IndexedEvidence evidence, TopicLexicon lexicon, QueryEvaluator evaluator)
{
    /// <summary>The person's topics (a position in the index), at most <paramref name="top"/>, named in the language given.</summary>
    public IReadOnlyList<PersonTopic> Of(int person, DateTimeOffset asOf, int top, Language language)
    {
        if (top <= 0)
        {
            return [];
        }

        var personId = evidence.People[person].Id;
        var own = evidence.ItemsOf(person);
        var scores = new float[own.Length];
        var said = new float[1];
        var only = new HashSet<string>(StringComparer.Ordinal) { personId };
        var results = new List<PersonTopic>();
        foreach (var entry in lexicon.Topics)
        {
            if (lexicon.ConceptOf(entry.Key) is not { } concept)
            {
                continue;
            }

            // A cheap look at the person's own items and profile first: most topics are not theirs.
            Array.Clear(scores);
            said[0] = 0;
            ScoreOwn(evidence.ItemField, concept, own, scores);
            ScoreOwn(evidence.DeclaredField, concept, [person], said);
            if (said[0] <= 0 && !scores.Any(s => s > 0))
            {
                continue;
            }

            var query = new ExpertQuery(entry.English, asOf, 1, SocialGraph.Empty) { Only = only };
            if (evaluator.Evaluate(query, [concept], exhaustive: false) is [var match])
            {
                results.Add(new PersonTopic(lexicon.DisplayName(entry.Key, language), match.Score) { Key = entry.Key });
            }
        }

        results.Sort(static (x, y) => y.Score.CompareTo(x.Score));
        return results.Count > top ? results[..top] : results;
    }

    // Scores a few known documents for one concept by binary search in the postings; returns the concept's reference.
    private static float ScoreOwn(InvertedField field, QueryConcept concept, ReadOnlySpan<int> documents, float[] scores)
    {
        var reference = 0f;
        foreach (var form in concept.Alternatives)
        {
            var idfs = new float[form.Length];
            var present = true;
            for (var t = 0; t < form.Length && present; t++)
            {
                present = field.TryGet(form[t], out var start, out var end);
                idfs[t] = present ? field.Idf(start, end) : 0;
            }

            if (!present)
            {
                continue;
            }

            reference = Math.Max(reference, idfs.Sum());
            for (var j = 0; j < documents.Length; j++)
            {
                var sum = 0f;
                for (var t = 0; t < form.Length && sum >= 0; t++)
                {
                    field.TryGet(form[t], out var start, out var end);
                    var posting = field.Find(start, end, documents[j]);
                    sum = posting < 0 ? -1 : sum + field.Score(posting, idfs[t]);
                }

                scores[j] = Math.Max(scores[j], sum);
            }
        }

        return reference;
    }
}
