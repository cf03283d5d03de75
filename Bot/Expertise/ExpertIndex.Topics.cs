using ExpertBot.Localization;

namespace ExpertBot.Expertise;

internal sealed partial class ExpertIndex
{
    /// <summary>
    /// The lexicon topics a person's own evidence supports, best first, scored as a search would score them
    /// (work by kind and age, declared skills corroborated by that work). Endorsements are left out: this is
    /// what the person's evidence says, for "my expertise".
    /// </summary>
    public IReadOnlyList<PersonTopic> TopicsFor(string personId, DateTimeOffset asOf, int top, Language language = Language.English)
    {
        if (!personIndex.TryGetValue(personId, out var person) || top <= 0)
        {
            return [];
        }

        var first = personItemOffsets[person];
        var count = personItemOffsets[person + 1] - first;
        var scores = new float[count];
        var best = new float[count];
        var results = new List<PersonTopic>();
        foreach (var entry in Lexicon.Topics)
        {
            if (Lexicon.ConceptOf(entry.Key) is not { } concept)
            {
                continue;
            }

            Array.Clear(scores);
            var reference = ScoreOwn(itemField, concept, personItems.AsSpan(first, count), scores);
            var said = new float[1];
            ScoreOwn(declaredField, concept, [person], said);
            if (reference <= 0 && said[0] <= 0)
            {
                continue;
            }

            var n = 0;
            for (var j = 0; j < count; j++)
            {
                var item = personItems[first + j];
                if (scores[j] > 0 && itemTicks[item] <= asOf.UtcTicks)
                {
                    var age = asOf.UtcTicks - itemTicks[item];
                    var recency = Settings.RecencyFloor + (1 - Settings.RecencyFloor) * Math.Pow(2, -age / (Settings.HalfLifeYears * TicksPerYear));
                    best[n++] = (float)(scores[j] * itemWeight[item] * recency);
                }
            }

            Array.Sort(best, 0, n);
            double shows = 0, weight = 1;
            for (var i = n - 1; i >= 0 && n - i <= Settings.ItemsPerPerson; i--)
            {
                shows += best[i] * weight;
                weight *= Settings.ItemDecay;
            }

            var scale = reference > 0 ? reference : 1;
            var corroboration = Math.Min(1, shows / (Settings.CorroborationItems * scale));
            var score = shows + said[0] * (Settings.DeclaredAlone + (Settings.DeclaredCorroborated - Settings.DeclaredAlone) * corroboration);
            if (score > 0)
            {
                results.Add(new PersonTopic(Lexicon.DisplayName(entry.Key, language), score) { Key = entry.Key });
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
