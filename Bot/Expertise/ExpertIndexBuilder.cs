namespace ExpertBot.Expertise;

/// <summary>
/// Builds an index from an organisation: items numbered by owner (so a query adds up each person in one ordered
/// pass), each weighed by its kind and substance, two BM25 fields (work, profile) and the lexicon with what the
/// organisation's own text teaches (acronyms). Pure: no IO.
/// </summary>
internal static class ExpertIndexBuilder
{
    private const int IndexedTextLength = 5_000;

    public static ExpertIndex Build(Organisation organisation, ExpertiseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var people = organisation.People.ToArray();
        var owners = new Dictionary<string, int>(people.Length, StringComparer.Ordinal);
        for (var i = 0; i < people.Length; i++)
        {
            owners.TryAdd(people[i].Id, i);
        }

        var (order, ownerOf) = GroupedByOwner(organisation.Signals, owners, people.Length, settings);

        // The lexicon first, so that the one analysis of each item below feeds both the index and the topic model,
        // which names topics by it.
        var lexicon = Lexicon(organisation, order, settings);
        var topicModel = settings.LearnedTopicWeight > 0 ? new TopicModelCollector(organisation, lexicon) : null;
        var items = new EvidenceItem[order.Length];
        var excerpts = new Excerpts.Builder(order.Length);
        var itemPerson = new int[order.Length];
        var itemWeight = new float[order.Length];
        var itemTicks = new long[order.Length];
        var itemPrivate = new bool[order.Length];
        var showsWork = new bool[order.Length];
        var itemField = new InvertedField.Builder();
        var frequencies = new Dictionary<string, float>(StringComparer.Ordinal);
        var analysed = new AnalysedItems(organisation.Signals, order);
        for (var n = 0; n < order.Length; n++)
        {
            var item = organisation.Signals[order[n]];
            var (titleTerms, textTerms) = analysed.Of(n);
            frequencies.Clear();
            topicModel?.BeginItem(item);
            var length = Count(titleTerms, 2f, frequencies);
            topicModel?.AddTerms(titleTerms);
            length += Count(textTerms, 1f, frequencies);
            topicModel?.AddTerms(textTerms);
            topicModel?.EndItem(item);
            itemField.Add(frequencies, length);

            // Only what an explanation needs is kept: the text only as the card's excerpt when there is no title.
            items[n] = item with { Text = null };
            excerpts.Set(n, item.Title is null ? EvidenceItem.Excerpt(item.Text) : null);
            itemPerson[n] = ownerOf[order[n]];
            itemWeight[n] = (float)settings.ItemWeight(item.Kind, length);
            showsWork[n] = settings.ShowsWork(item.Kind, length);
            itemTicks[n] = item.Timestamp.UtcTicks;
            itemPrivate[n] = item.Visibility == Visibility.Private;
        }

        var declaredField = new InvertedField.Builder();
        foreach (var person in people)
        {
            frequencies.Clear();
            var length = 0f;
            foreach (var phrase in ExpertIndex.Declared(person))
            {
                length += Count(TextAnalyzer.Terms(phrase), 1f, frequencies);
            }

            declaredField.Add(frequencies, length);
        }

        // The organisation's topic model, the digest's: search reads each topic's work (docs/ranking.md).
        var topics = topicModel is null ? LearnedTopics.None : LearnedTopics.From(topicModel.Build(lexicon), topicModel.RowOfItem, items.Length, lexicon, item => showsWork[item]);
        var field = itemField.Build(settings.Bm25);

        // What built the field and the topic model (hundreds of megabytes at 100,000 people) has lived long enough to
        // be in the oldest generation, which no collection may visit before the index allocates its own arrays: a
        // background collection now lets them reuse that memory (measured at 20,000 people: peak growth 621 → 562 MB).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
        var evidence = new IndexedEvidence(people, items, excerpts.Build(), itemPerson, itemWeight, itemTicks, itemPrivate, field, declaredField.Build(settings.Bm25), settings);
        return new ExpertIndex(evidence, lexicon, SocialGraph.Build(organisation.Endorsements, lexicon), topics);
    }

    /// <summary>The lexicon an index of the organisation reads (<see cref="ExpertIndex.Lexicon"/>), without building the index.</summary>
    public static TopicLexicon Lexicon(Organisation organisation, ExpertiseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var owners = new Dictionary<string, int>(organisation.People.Count, StringComparer.Ordinal);
        for (var i = 0; i < organisation.People.Count; i++)
        {
            owners.TryAdd(organisation.People[i].Id, i);
        }

        return Lexicon(organisation, GroupedByOwner(organisation.Signals, owners, organisation.People.Count, settings).Order, settings);
    }

    // The curated lexicon (unless off) and the acronyms the organisation spells out: a cheap pass, only texts with brackets are read further.
    private static TopicLexicon Lexicon(Organisation organisation, int[] order, ExpertiseSettings settings)
    {
        var learner = new AcronymLearner();
        foreach (var i in order)
        {
            var item = organisation.Signals[i];
            if (item.Visibility != Visibility.Private)
            {
                learner.Read(item.Title);
                learner.Read(IndexedText(item.Text));
            }
        }

        foreach (var person in organisation.People)
        {
            foreach (var phrase in ExpertIndex.Declared(person))
            {
                learner.Read(phrase);
            }
        }

        return (settings.UseCuratedLexicon ? TopicLexicon.Curated : TopicLexicon.Empty).With(learner.Learned());
    }

    /// <summary>
    /// The items the index keeps (private ones only when they count), as positions in the signals, grouped by
    /// owner in the order people are listed, and each signal's owner (-1 when not kept): a person's items get
    /// consecutive numbers, so that a query adds up each person's items in one pass in item order instead of
    /// sorting them by owner.
    /// </summary>
    private static (int[] Order, int[] OwnerOf) GroupedByOwner(
        IReadOnlyList<EvidenceItem> signals, Dictionary<string, int> owners, int peopleCount, ExpertiseSettings settings)
    {
        var counts = new int[peopleCount + 1];
        var ownerOf = new int[signals.Count];
        for (var i = 0; i < signals.Count; i++)
        {
            var item = signals[i];
            var counted = item.Visibility != Visibility.Private || settings.CountPrivateItems;
            ownerOf[i] = counted && owners.TryGetValue(item.PersonId, out var owner) ? owner : -1;
            if (ownerOf[i] >= 0)
            {
                counts[ownerOf[i] + 1]++;
            }
        }

        for (var p = 0; p < peopleCount; p++)
        {
            counts[p + 1] += counts[p];
        }

        var order = new int[counts[^1]];
        for (var i = 0; i < signals.Count; i++)
        {
            if (ownerOf[i] >= 0)
            {
                order[counts[ownerOf[i]]++] = i;
            }
        }

        return (order, ownerOf);
    }

    /// <summary>
    /// An item's length as the index counts it (a title's words count double; text beyond what is indexed does not
    /// count), for readers that weigh items as the ranking does without building an index (the digest).
    /// </summary>
    public static double IndexedWords(string? title, string? text) =>
        (2 * TextAnalyzer.Terms(title).Count) + TextAnalyzer.Terms(IndexedText(text)).Count;

    /// <summary>The part of an item's text the index reads.</summary>
    public static string? IndexedText(string? text) => text is { Length: > IndexedTextLength } ? text[..IndexedTextLength] : text;

    private static float Count(IReadOnlyList<string> terms, float weight, Dictionary<string, float> frequencies)
    {
        foreach (var term in terms)
        {
            frequencies[term] = frequencies.GetValueOrDefault(term) + weight;
        }

        return terms.Count * weight;
    }

    /// <summary>
    /// The terms of each item's title and text, analysed by batches on every core, each core with its own cache of
    /// terms, the next batch while the builder reads this one: analysis is most of a build's time and each item's
    /// stands alone, while what numbers items and terms reads them in item order (measured: docs/benchmarks.md).
    /// </summary>
    private sealed class AnalysedItems(IReadOnlyList<EvidenceItem> signals, int[] order)
    {
        private const int Batch = 2048;
        private readonly TextAnalyzer.TermCache[] caches = [.. Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount, 1, 4)).Select(_ => new TextAnalyzer.TermCache())];
        private Terms current = new(-1);
        private Terms spare = new(-1);
        private Task? ahead;

        /// <summary>The terms of the n-th item in order; read them before asking for an item two batches on.</summary>
        public (List<string> Title, List<string> Text) Of(int n)
        {
            var start = n - (n % Batch);
            if (current.Start != start)
            {
                if (ahead is not null && spare.Start == start)
                {
                    ahead.GetAwaiter().GetResult();
                }
                else
                {
                    ahead?.GetAwaiter().GetResult();
                    spare.Start = start;
                    Analyse(spare);
                }

                (current, spare) = (spare, current);
                var next = spare;
                next.Start = start + Batch;
                ahead = next.Start < order.Length ? Task.Run(() => Analyse(next)) : null;
            }

            return (current.Titles[n - start], current.Texts[n - start]);
        }

        private void Analyse(Terms into)
        {
            var start = into.Start;
            var count = Math.Min(Batch, order.Length - start);
            Parallel.For(0, caches.Length, worker =>
            {
                for (var k = worker; k < count; k += caches.Length)
                {
                    var item = signals[order[start + k]];
                    into.Titles[k].Clear();
                    TextAnalyzer.AddTerms(item.Title, into.Titles[k], caches[worker]);
                    into.Texts[k].Clear();
                    TextAnalyzer.AddTerms(IndexedText(item.Text), into.Texts[k], caches[worker]);
                }
            });
        }

        private sealed class Terms(int start)
        {
            public int Start { get; set; } = start;

            public List<string>[] Titles { get; } = [.. Enumerable.Range(0, Batch).Select(_ => new List<string>())];

            public List<string>[] Texts { get; } = [.. Enumerable.Range(0, Batch).Select(_ => new List<string>())];
        }
    }
}
