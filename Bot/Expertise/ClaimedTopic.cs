namespace ExpertBot.Expertise;

/// <summary>
/// The learned topic a phrase colleagues list among their skills stands for in their work: "OIDC" listed by someone
/// whose notes are OAuth 2.0 / OpenID Connect work, "employee relations" by someone whose work is employment law,
/// "name resolution" by DNS administrators. Practitioners say the phrase in their profile and rarely write it beside
/// the topic's name, so co-occurrence in items cannot learn it. A question naming the phrase also asks for that
/// topic's work when most of the people who list it work on the topic and enough of the items naming the phrase are
/// the topic's work too: what people claim only points to a topic their own work and the phrase's items confirm.
/// Pure: no IO.
/// </summary>
internal static class ClaimedTopic
{
    /// <summary>A phrase more people list than this is no one topic's other name: it is not read.</summary>
    public const int MostClaimants = 100;

    /// <summary>The topic must be the work of at least this share of those who list the phrase...</summary>
    public const double ClaimantShare = 0.5;

    /// <summary>
    /// ...and hold at least this share of the items that name the phrase (measured on OrgSim seeds 7 and 8 and
    /// demo/org: any one item let demo/org's security staff, who list « conception d'API » beside their own work,
    /// turn it into Microsoft 365 work; 0.3 lost « climatisation » and "OIDC").
    /// </summary>
    public const double NamedShare = 0.2;

    /// <summary>
    /// The learned topic the phrase stands for, or null. <paramref name="forms"/> are the phrase's ways of being
    /// written (a topic's aliases), each a run of terms as the analyser makes them; <paramref name="ownTopic"/> is
    /// the phrase's own learned topic, if any (it is already asked for); nothing written after
    /// <paramref name="asOf"/> (UTC ticks) is read.
    /// </summary>
    public static int? Of(IReadOnlyList<string[]> forms, IndexedEvidence evidence, LearnedWork work, int? ownTopic, long asOf)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(work);
        var claimants = Claimants(forms, evidence);
        if (claimants.Count == 0 || claimants.Count > MostClaimants)
        {
            return null;
        }

        // Each claimant counts once for every topic some of their work (written by then) is on.
        var people = new Dictionary<int, int>();
        var theirs = new HashSet<int>();
        foreach (var person in claimants)
        {
            theirs.Clear();
            foreach (var item in evidence.ItemsOf(person))
            {
                if (evidence.ItemTicks[item] <= asOf && work.TopicOf(item) is >= 0 and var topic)
                {
                    theirs.Add(topic);
                }
            }

            foreach (var topic in theirs)
            {
                people[topic] = people.GetValueOrDefault(topic) + 1;
            }
        }

        var best = people.OrderByDescending(p => p.Value).ThenBy(p => p.Key).FirstOrDefault();
        if (people.Count == 0 || best.Key == ownTopic || best.Value < ClaimantShare * claimants.Count)
        {
            return null;
        }

        var (named, held) = NamedItems(forms, evidence, work, best.Key, asOf);
        return held > 0 && held >= NamedShare * named ? best.Key : null;
    }

    // Who lists the phrase among their skills: one of its forms side by side in one skill. The rarest word of each
    // form finds the candidates; a form whose rarest word more people declare than can be read is skipped.
    private static HashSet<int> Claimants(IReadOnlyList<string[]> forms, IndexedEvidence evidence)
    {
        var claimants = new HashSet<int>();
        var field = evidence.DeclaredField;
        foreach (var form in forms)
        {
            if (form.Length == 0 || Rarest(field, form) is not { } postings || postings.End - postings.Start > MostClaimants * 10)
            {
                continue;
            }

            for (var p = postings.Start; p < postings.End && claimants.Count <= MostClaimants; p++)
            {
                var person = field.Document(p);
                if (!claimants.Contains(person) && evidence.People[person].Skills.Any(skill => Holds(TextAnalyzer.Terms(skill), form)))
                {
                    claimants.Add(person);
                }
            }
        }

        return claimants;
    }

    // The items naming the phrase (all the words of one of its forms, written by then), and how many are the topic's work.
    private static (int Named, int Held) NamedItems(IReadOnlyList<string[]> forms, IndexedEvidence evidence, LearnedWork work, int topic, long asOf)
    {
        var field = evidence.ItemField;
        var named = new HashSet<int>();
        foreach (var form in forms)
        {
            if (form.Length == 0 || Rarest(field, form) is not { } postings)
            {
                continue;
            }

            for (var p = postings.Start; p < postings.End; p++)
            {
                var item = field.Document(p);
                if (evidence.ItemTicks[item] <= asOf && form.All(term => Names(field, term, item)))
                {
                    named.Add(item);
                }
            }
        }

        return (named.Count, named.Count(item => work.Holds(topic, item)));
    }

    // The postings of a form's rarest term; null when one of its terms is nowhere.
    private static (int Start, int End)? Rarest(InvertedField field, string[] form)
    {
        (int Start, int End)? rarest = null;
        foreach (var term in form)
        {
            if (!field.TryGet(term, out var start, out var end))
            {
                return null;
            }

            if (rarest is not { } r || end - start < r.End - r.Start)
            {
                rarest = (start, end);
            }
        }

        return rarest;
    }

    // Whether a document holds a term: its postings are in document order.
    private static bool Names(InvertedField field, string term, int document) =>
        field.TryGet(term, out var start, out var end) && Array.BinarySearch(field.Documents, start, end - start, document) >= 0;

    // Whether the terms hold the run side by side.
    private static bool Holds(IReadOnlyList<string> terms, string[] run)
    {
        for (var i = 0; i + run.Length <= terms.Count; i++)
        {
            var all = true;
            for (var j = 0; j < run.Length && all; j++)
            {
                all = string.Equals(terms[i + j], run[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
