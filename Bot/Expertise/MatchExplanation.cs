namespace ExpertBot.Expertise;

/// <summary>
/// Why a person is in an answer, in the three kinds of evidence kept apart: their best public items (for a
/// question of several topics, the best item on each topic first, so "Kubernetes and Terraform" shows both),
/// the declared phrases that name the topic, and who vouched. Reads what the query's pass left in its scratch.
/// </summary>
internal static class MatchExplanation
{
    private const int EvidenceShown = 3;
    private const int SaysShown = 5;

    public static ExpertMatch Explain(
        Person person,
        int position,
        double score,
        ScoreParts parts,
        IReadOnlyList<QueryConcept> concepts,
        QueryScratch scratch,
        Func<int, EvidenceItem> asShown,
        bool[] itemPrivate,
        VouchSummary vouched)
    {
        // The best public items; equal scores in item order, so that the same evidence is shown every time.
        var slots = new List<int>();
        for (var slot = scratch.Start[position]; slot < scratch.Start[position] + scratch.Count[position]; slot++)
        {
            if (!itemPrivate[scratch.Bucket[slot]])
            {
                slots.Add(slot);
            }
        }

        var buckets = scratch.BucketScore;
        var bucketItems = scratch.Bucket;
        slots.Sort((x, y) => buckets[x] != buckets[y] ? buckets[y].CompareTo(buckets[x]) : bucketItems[x].CompareTo(bucketItems[y]));
        var shown = EachTopicFirst(slots, concepts, scratch);
        var evidence = shown.Take(EvidenceShown).Select(slot => new EvidenceHit(asShown(bucketItems[slot]), buckets[slot])).ToList();

        return new ExpertMatch(person, score, evidence)
        {
            Says = scratch.Declared.Total[position] > 0 ? SaysFor(person, concepts) : [],
            Vouched = vouched,
            Parts = parts,
        };
    }

    // For a question of several topics, the best item of each topic the person covers leads, then the rest by score.
    private static List<int> EachTopicFirst(List<int> slots, IReadOnlyList<QueryConcept> concepts, QueryScratch scratch)
    {
        var segments = concepts.Count == 0 ? 1 : concepts.Max(c => c.Segment) + 1;
        if (segments < 2)
        {
            return slots;
        }

        var lead = new List<int>();
        for (var segment = 0; segment < Math.Min(segments, 31); segment++)
        {
            var bit = 1U << segment;
            var first = slots.FindIndex(slot => (scratch.Items.Covered[scratch.Bucket[slot]] & bit) != 0 && !lead.Contains(slot));
            if (first >= 0)
            {
                lead.Add(slots[first]);
            }
        }

        return [.. lead, .. slots.Where(slot => !lead.Contains(slot))];
    }

    /// <summary>The declared phrases that name the topic; a long "about me" is cut to the sentence that does.</summary>
    private static List<string> SaysFor(Person person, IReadOnlyList<QueryConcept> concepts)
    {
        var says = new List<string>();
        foreach (var phrase in ExpertIndex.Declared(person))
        {
            var parts = ReferenceEquals(phrase, person.AboutMe)
                ? phrase.Split(['.', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [phrase];
            foreach (var part in parts)
            {
                if (says.Count < SaysShown && Mentions(part, concepts) && !says.Contains(part, StringComparer.OrdinalIgnoreCase))
                {
                    says.Add(part.Length <= 120 ? part : part[..117].TrimEnd() + "…");
                }
            }
        }

        return says;
    }

    private static bool Mentions(string text, IReadOnlyList<QueryConcept> concepts)
    {
        var terms = new HashSet<string>(TextAnalyzer.Terms(text), StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            foreach (var form in concept.Alternatives)
            {
                if (form.All(terms.Contains))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
