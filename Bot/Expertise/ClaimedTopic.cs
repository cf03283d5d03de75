namespace ExpertBot.Expertise;

/// <summary>
/// The learned topic a phrase people claim stands for in their work: "OIDC" listed among the skills of someone
/// whose notes are OAuth 2.0 / OpenID Connect work, "employee relations" by someone whose work is employment law,
/// "name resolution" by DNS administrators. Practitioners say the phrase in their profile and rarely write it beside
/// the topic's name, so co-occurrence in items cannot learn it. Claimants are those who list the phrase and those
/// colleagues endorse for it (the endorsements the index was built with). A question naming the phrase also asks for
/// that topic's work when far more claimants work on the topic than people at large do, and enough of the items naming
/// the phrase are the topic's work too: a claim only points to a topic the claimants' own work and the phrase's items
/// confirm. Decided when the
/// index is built or loaded, for every phrase claimed; a question pays a lookup.
/// </summary>
internal sealed class ClaimedTopic
{
    /// <summary>
    /// A phrase more than this share of everyone lists is no one topic's other name (at 3,000 people: 30; measured
    /// at 100 with the same figures). Of those who list it, an even sample of at most <see cref="ClaimantSample"/> is read.
    /// </summary>
    public const double MostClaimantsShare = 0.01;

    public const int ClaimantSample = 100;

    /// <summary>
    /// The topic must be the work of at least this share of those who claim the phrase (0.5 at first; 0.3, 0.2 and 0.1
    /// measured after <see cref="Lift"/>, each no set lower, 0.1 and 0.2 the same: the lift does the choosing)...
    /// </summary>
    public const double ClaimantShare = 0.2;

    /// <summary>
    /// ...and hold at least this share of the items that name the phrase (measured on OrgSim seeds 7 and 8 and
    /// demo/org: any one item let demo/org's security staff, who list « conception d'API » beside their own work,
    /// turn it into Microsoft 365 work; 0.3 lost « climatisation »).
    /// </summary>
    public const double NamedShare = 0.2;

    /// <summary>
    /// Both shares must be at least this many times the topic's share of everyone and of all items: at 100,000 people
    /// a broad topic ("data science", the work of a sixth of all items) is some of nearly everyone's work and of any
    /// phrase's items, and says nothing of either. 2 and 8 measured the same on OrgSim seeds 7 and 8.
    /// </summary>
    public const double Lift = 4;

    /// <summary>The items naming a phrase are read as an even sample of at most this many of its rarest word's.</summary>
    public const int NamedSample = 1000;

    private readonly IndexedEvidence evidence;
    private readonly LearnedWork work;
    private readonly Dictionary<string, int> topicOfPhrase;

    /// <summary>
    /// Reads the index's people's skills and endorsements and decides, for each phrase few enough people claim, the
    /// topic it stands for: once, so that a question pays a lookup. None when there are no learned topics to point to.
    /// </summary>
    public ClaimedTopic(IndexedEvidence evidence, LearnedWork work, bool learned, SocialGraph endorsed, IReadOnlyDictionary<string, int> personIndex, TopicLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(endorsed);
        ArgumentNullException.ThrowIfNull(personIndex);
        ArgumentNullException.ThrowIfNull(lexicon);
        this.evidence = evidence;
        this.work = work;
        var mostClaimants = Math.Max(1, (int)(MostClaimantsShare * evidence.People.Length));

        // Each skill as the analyser reads it ("Microsoft Flow" → "microsoft flow"), and who lists it.
        var claimedBy = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var person = 0; learned && person < evidence.People.Length; person++)
        {
            foreach (var skill in evidence.People[person].Skills)
            {
                var key = string.Join(' ', TextAnalyzer.Terms(skill));
                if (key.Length == 0)
                {
                    continue;
                }

                if (!claimedBy.TryGetValue(key, out var list))
                {
                    claimedBy[key] = list = [];
                }

                if (list.Count == 0 || list[^1] != person)
                {
                    list.Add(person);
                }
            }
        }

        // And whom colleagues endorse for it, on a phrase the lexicon does not know (an endorsement on one it knows
        // counts as that topic's vouch already: read as a claim, "Kubernetes" endorsees pointed to their other work).
        foreach (var (key, endorsees) in endorsed.Topics)
        {
            if (!learned || lexicon.Entry(key) is not null)
            {
                continue;
            }

            if (!claimedBy.TryGetValue(key, out var list))
            {
                claimedBy[key] = list = [];
            }

            foreach (var id in endorsees.Keys)
            {
                if (personIndex.TryGetValue(id, out var person) && !list.Contains(person))
                {
                    list.Add(person);
                }
            }

            list.Sort();
        }

        // The topics some of each person's work is on, read once for every phrase they claim, and how many people's
        // work each topic is in: a topic nearly everyone's work touches points nowhere.
        var topicsOf = new int[learned ? evidence.People.Length : 0][];
        var peopleOn = new Dictionary<int, int>();
        var theirs = new HashSet<int>();
        for (var person = 0; person < topicsOf.Length; person++)
        {
            theirs.Clear();
            foreach (var item in evidence.ItemsOf(person))
            {
                if (work.TopicOf(item) is >= 0 and var topic)
                {
                    theirs.Add(topic);
                }
            }

            topicsOf[person] = [.. theirs];
            foreach (var topic in theirs)
            {
                peopleOn[topic] = peopleOn.GetValueOrDefault(topic) + 1;
            }
        }

        topicOfPhrase = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, claimants) in claimedBy)
        {
            if (claimants.Count <= mostClaimants && Decide(key.Split(' '), claimants, topicsOf, peopleOn) is { } topic)
            {
                topicOfPhrase[key] = topic;
            }
        }
    }

    /// <summary>
    /// The learned topic the phrase stands for, or null. <paramref name="forms"/> are the phrase's ways of being
    /// written (a topic's aliases), each a run of terms as the analyser makes them, the first that stands for a topic
    /// deciding; <paramref name="ownTopic"/> is the phrase's own learned topic, if any (it is already asked for).
    /// </summary>
    public int? Of(IReadOnlyList<string[]> forms, int? ownTopic)
    {
        ArgumentNullException.ThrowIfNull(forms);
        foreach (var form in forms)
        {
            if (form.Length > 0 && topicOfPhrase.TryGetValue(string.Join(' ', form), out var topic))
            {
                return topic == ownTopic ? null : topic;
            }
        }

        return null;
    }

    // Of the topics some work of at least a fifth of those who claim the phrase is on (an even sample of them), four
    // times as often as everyone's, the one the items naming the phrase confirm most. Chosen by the claimants alone
    // (the most of them, then the first numbered), a phrase one colleague is endorsed for took whichever of their
    // topics came first: demo/org read "pytest" as IP law.
    private int? Decide(string[] phrase, List<int> claimants, int[][] topicsOf, Dictionary<int, int> peopleOn)
    {
        var people = new Dictionary<int, int>();
        var step = Math.Max(1, claimants.Count / ClaimantSample);
        var read = 0;
        for (var c = 0; c < claimants.Count; c += step, read++)
        {
            foreach (var topic in topicsOf[claimants[c]])
            {
                people[topic] = people.GetValueOrDefault(topic) + 1;
            }
        }

        var everyone = (double)evidence.People.Length;
        var candidates = people
            .Where(p => p.Value >= ClaimantShare * read && p.Value >= Lift * read * peopleOn[p.Key] / everyone)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var named = NamedItems(phrase);
        int? chosen = null;
        var most = 0;
        foreach (var claimed in candidates)
        {
            var held = named.Count(item => work.Holds(claimed, item));
            var everywhere = (double)work.ItemsOn(claimed) / Math.Max(1, evidence.Items.Length);
            if (held > most && held >= NamedShare * named.Count && held >= Lift * everywhere * named.Count)
            {
                (chosen, most) = (claimed, held);
            }
        }

        return chosen;
    }

    // The items naming the phrase (all its words): an even sample of its rarest word's items, so that a common phrase
    // costs no more.
    private List<int> NamedItems(string[] phrase)
    {
        var field = evidence.ItemField;
        var named = new List<int>();
        if (Rarest(field, phrase) is { } postings)
        {
            var step = Math.Max(1, (postings.End - postings.Start) / NamedSample);
            for (var p = postings.Start; p < postings.End; p += step)
            {
                var item = field.Document(p);
                if (phrase.All(term => Names(field, term, item)))
                {
                    named.Add(item);
                }
            }
        }

        return named;
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

    // Whether a document holds a term.
    private static bool Names(InvertedField field, string term, int document) =>
        field.TryGet(term, out var start, out var end) && field.Seek(start, end, document) >= 0;
}
