using System.Runtime.InteropServices;
using System.Text;
using ExpertBot.Expertise;

namespace ExpertBot.Snapshots;

/// <summary>
/// Saves and loads a built index in a compact binary form (flat arrays written as raw bytes, strings once),
/// so that a large organisation's index loads in seconds instead of being rebuilt from its snapshot.
/// The format is versioned; a file of another version is refused rather than misread.
/// </summary>
internal static class ExpertIndexStore
{
    private const int Magic = 0x42505845; // "EXPB"
    // 6: learned topics' work lists hold what an item shows most (LearnedTopics.WorkOn), not every neighbour.
    // 8: a letter joined to its word by a hyphen is one term ("t-sql" is "tsql"; TextAnalyzer).
    // 9: the French particle of « ci-joint », « celle-ci » gives no term; 10: nor the verb of « j'ai »; 11: "S/4" is "s4".
    // 12: BM25's k1 and b are settings (ExpertiseSettings.TermSaturation, LengthNormalisation).
    // 15: learned topics are stored with every item, before the cap a query reads: a loaded index had taken the capped
    // lists for every item's topics (LearnedWork), unlike the index it was saved from.
    // 16: learned topics are stored with their names, which an answer shows when it read a question as one.
    // 17: the French noun of « une vue », « point de vue » gives no term (it read as Vue.js; JoinedWords).
    // 18: "no-code" is one term, "nocode" (it was "code", and Power Platform's alias matched all code); 19: so is
    // "on-call", "oncall", and any stop word of two letters joined to its word.
    private const int Version = 19;

    public static async Task SaveAsync(ExpertIndex index, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(stream);

        // The caller's stream is left open; a FileStream buffers the many small writes.
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var evidence = index.Evidence;
        w.Write(Magic);
        w.Write(Version);
        WriteSettings(w, index.Settings);
        w.Write(evidence.People.Length);
        foreach (var person in evidence.People)
        {
            WritePerson(w, person);
        }

        cancellationToken.ThrowIfCancellationRequested();
        w.Write(evidence.Items.Length);
        for (var i = 0; i < evidence.Items.Length; i++)
        {
            var item = evidence.Items[i];
            w.Write(item.Id);
            w.Write(item.PersonId);
            w.Write(item.Timestamp.UtcTicks);
            w.Write(item.Kind);
            WriteOptional(w, item.Title);
            WriteOptional(w, evidence.Excerpt(i));
            WriteOptional(w, item.Url);
            w.Write((byte)item.Visibility);
            WriteOptional(w, item.Source);
        }

        cancellationToken.ThrowIfCancellationRequested();
        WriteArray(w, evidence.ItemPerson);
        WriteArray(w, evidence.ItemWeight);
        WriteArray(w, evidence.ItemTicks);
        WriteArray(w, [.. evidence.ItemPrivate.Select(p => p ? (byte)1 : (byte)0)]);
        WriteField(w, evidence.ItemField);
        WriteField(w, evidence.DeclaredField);
        w.Write(index.Lexicon.Topics.Count);
        foreach (var topic in index.Lexicon.Topics)
        {
            w.Write(topic.Key);
            w.Write(topic.English);
            w.Write(topic.French);
            WriteStrings(w, topic.Aliases);
            w.Write(topic.Learned);
            w.Write(topic.Parent ?? string.Empty);
        }

        w.Write(index.Social.Count);
        w.Write(index.Social.Topics.Count);
        foreach (var (topic, endorsees) in index.Social.Topics)
        {
            w.Write(topic);
            w.Write(endorsees.Count);
            foreach (var (endorsee, vouches) in endorsees)
            {
                w.Write(endorsee);
                w.Write(vouches.Length);
                foreach (var v in vouches)
                {
                    w.Write(v.EndorserId);
                    w.Write(v.Discount);
                    w.Write(v.EndorserStanding);
                    w.Write(v.Timestamp.UtcTicks);
                }
            }
        }

        WriteLearnedTopics(w, index.LearnedTopics, index.LearnedWork);
        w.Flush();
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<ExpertIndex> LoadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // One sequential pass through a large buffer: fast, and without a copy of the whole file in memory
        // (copying it first doubled the peak memory of a load at 2 million items).
        // Not disposed: disposing it would close the caller's stream.
        var buffered = new BufferedStream(stream, 1 << 20);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadInt32() != Magic || r.ReadInt32() != Version)
            {
                throw new SnapshotFormatException("index", 0, "not an ExpertBot index of this version");
            }

            var settings = ReadSettings(r);
            var people = new Person[r.ReadInt32()];
            for (var i = 0; i < people.Length; i++)
            {
                people[i] = ReadPerson(r);
            }

            // Items share their owner's id string instead of keeping two million copies of it.
            var ids = new Dictionary<string, string>(people.Length, StringComparer.Ordinal);
            foreach (var person in people)
            {
                ids.TryAdd(person.Id, person.Id);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var items = new EvidenceItem[r.ReadInt32()];
            var excerpts = new Excerpts.Builder(items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                var (id, person, ticks, kind, title) = (r.ReadString(), r.ReadString(), r.ReadInt64(), r.ReadString(), ReadOptional(r));
                excerpts.Set(i, ReadOptional(r));
                items[i] = new EvidenceItem
                {
                    Id = id,
                    PersonId = ids.TryGetValue(person, out var owner) ? owner : throw new SnapshotFormatException("index", 0, "an item names an unknown person"),
                    Timestamp = new DateTimeOffset(ticks, TimeSpan.Zero),
                    Kind = string.Intern(kind),
                    Title = title,
                    Url = ReadOptional(r),
                    Visibility = (Visibility)r.ReadByte(),
                    Source = ReadOptional(r),
                };
            }

            cancellationToken.ThrowIfCancellationRequested();
            var itemPerson = ReadArray<int>(r);
            var itemWeight = ReadArray<float>(r);
            var itemTicks = ReadArray<long>(r);
            var itemPrivate = ReadArray<byte>(r).Select(b => b != 0).ToArray();
            var itemField = ReadField(r, settings.Bm25);
            var declaredField = ReadField(r, settings.Bm25);
            var topics = new TopicEntry[r.ReadInt32()];
            for (var i = 0; i < topics.Length; i++)
            {
                topics[i] = new TopicEntry(r.ReadString(), r.ReadString(), r.ReadString(), ReadStrings(r), r.ReadBoolean()) { Parent = r.ReadString() is { Length: > 0 } parent ? parent : null };
            }

            var socialCount = r.ReadInt32();
            var social = new Dictionary<string, Dictionary<string, Vouch[]>>(StringComparer.Ordinal);
            for (var t = r.ReadInt32(); t > 0; t--)
            {
                var topic = r.ReadString();
                var endorsees = new Dictionary<string, Vouch[]>(StringComparer.Ordinal);
                for (var e = r.ReadInt32(); e > 0; e--)
                {
                    var endorsee = r.ReadString();
                    var vouches = new Vouch[r.ReadInt32()];
                    for (var v = 0; v < vouches.Length; v++)
                    {
                        vouches[v] = new Vouch(r.ReadString(), r.ReadDouble(), r.ReadDouble(), new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero));
                    }

                    endorsees[endorsee] = vouches;
                }

                social[topic] = endorsees;
            }

            var learned = ReadLearnedTopics(r, items.Length);
            return new ExpertIndex(
                new IndexedEvidence(people, items, excerpts.Build(), itemPerson, itemWeight, itemTicks, itemPrivate, itemField, declaredField, settings),
                TopicLexicon.FromEntries(topics, settings.UseCuratedLexicon), new SocialGraph(social, socialCount), learned);
        }
        catch (EndOfStreamException)
        {
            throw new SnapshotFormatException("index", 0, "the index file is truncated");
        }
    }

    // Each topic's every item (the index caps what queries read again when it is loaded) and its one score, the
    // topic's idf, which every item of its list carries.
    private static void WriteLearnedTopics(BinaryWriter w, LearnedTopics topics, LearnedWork work)
    {
        w.Write(topics.Count);
        for (var t = 0; t < topics.Count; t++)
        {
            w.Write(topics.Keys[t] ?? string.Empty);
            w.Write(topics.Names[t].English);
            w.Write(topics.Names[t].French);
            WriteArray(w, work.ItemsOfTopic(t));
            w.Write(topics.Lists[t].Scores is [var idf, ..] ? idf : 0f);
        }

        w.Write(topics.TopicOfPhrase.Count);
        foreach (var (phrase, topic) in topics.TopicOfPhrase)
        {
            w.Write(phrase);
            w.Write(topic);
        }
    }

    private static LearnedTopics ReadLearnedTopics(BinaryReader r, int itemCount)
    {
        var count = r.ReadInt32();
        var keys = new string?[count];
        var lists = new ConceptList[count];
        var names = new TopicName[count];
        for (var t = 0; t < count; t++)
        {
            keys[t] = r.ReadString() is { Length: > 0 } key ? key : null;
            names[t] = new TopicName(r.ReadString(), r.ReadString());
            var documents = ReadArray<int>(r);
            var idf = r.ReadSingle();
            if (documents.Any(d => d < 0 || d >= itemCount) || documents.Zip(documents.Skip(1)).Any(p => p.First >= p.Second) || !float.IsFinite(idf))
            {
                throw new SnapshotFormatException("index", 0, "a learned topic lists an unknown item");
            }

            lists[t] = new ConceptList(documents, [.. documents.Select(_ => idf)]);
        }

        var phrases = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            var phrase = r.ReadString();
            var topic = r.ReadInt32();
            phrases[phrase] = topic >= 0 && topic < count ? topic : throw new SnapshotFormatException("index", 0, "a phrase names an unknown learned topic");
        }

        return new LearnedTopics(phrases, keys, lists, names);
    }

    private static void WriteSettings(BinaryWriter w, ExpertiseSettings s)
    {
        w.Write(s.TermSaturation);
        w.Write(s.LengthNormalisation);
        w.Write(s.HalfLifeYears);
        w.Write(s.RecencyFloor);
        w.Write(s.ItemDecay);
        w.Write(s.ItemsPerPerson);
        w.Write(s.DeclaredAlone);
        w.Write(s.DeclaredCorroborated);
        w.Write(s.VouchWeight);
        w.Write(s.CorroborationItems);
        w.Write(s.MinimumShareOfBest);
        w.Write(s.CountPrivateItems);
        w.Write(s.UseLexicon);
        w.Write(s.UseCuratedLexicon);
        w.Write(s.CoverageExponent);
        w.Write(s.TopicStrength);
        w.Write(s.SubstanceWords);
        WriteStrings(w, [.. s.SubstanceKinds]);
        w.Write(s.VouchAlone);
        w.Write(s.FeedbackWeight);
        w.Write(s.FeedbackItems);
        w.Write(s.FeedbackTerms);
        w.Write(s.FeedbackMinItems);
        w.Write(s.OtherKindWeight);
        w.Write(s.CorroborationKindWeight);
        w.Write(s.ActivityPrior);
        w.Write(s.ActivityHalfLifeDays);
        w.Write(s.AnnouncedAlone);
        w.Write(s.ChatterWords);
        w.Write(s.MentionWeight);
        WriteStrings(w, [.. s.AnnouncingKinds]);
        w.Write(s.LearnedTopicWeight);
        w.Write(s.OwnPhraseWeight);
        w.Write(s.ActivityKinds.Count);
        foreach (var kind in s.ActivityKinds)
        {
            w.Write(kind);
        }

        w.Write(s.KindWeights.Count);
        foreach (var (kind, weight) in s.KindWeights)
        {
            w.Write(kind);
            w.Write(weight);
        }
    }

    private static ExpertiseSettings ReadSettings(BinaryReader r)
    {
        var s = new ExpertiseSettings
        {
            TermSaturation = r.ReadDouble(),
            LengthNormalisation = r.ReadDouble(),
            HalfLifeYears = r.ReadDouble(),
            RecencyFloor = r.ReadDouble(),
            ItemDecay = r.ReadDouble(),
            ItemsPerPerson = r.ReadInt32(),
            DeclaredAlone = r.ReadDouble(),
            DeclaredCorroborated = r.ReadDouble(),
            VouchWeight = r.ReadDouble(),
            CorroborationItems = r.ReadDouble(),
            MinimumShareOfBest = r.ReadDouble(),
            CountPrivateItems = r.ReadBoolean(),
            UseLexicon = r.ReadBoolean(),
            UseCuratedLexicon = r.ReadBoolean(),
            CoverageExponent = r.ReadDouble(),
            TopicStrength = r.ReadDouble(),
            SubstanceWords = r.ReadDouble(),
            SubstanceKinds = new HashSet<string>(ReadStrings(r), StringComparer.Ordinal),
            VouchAlone = r.ReadDouble(),
            FeedbackWeight = r.ReadDouble(),
            FeedbackItems = r.ReadInt32(),
            FeedbackTerms = r.ReadInt32(),
            FeedbackMinItems = r.ReadInt32(),
            OtherKindWeight = r.ReadDouble(),
            CorroborationKindWeight = r.ReadDouble(),
            ActivityPrior = r.ReadDouble(),
            ActivityHalfLifeDays = r.ReadDouble(),
            AnnouncedAlone = r.ReadDouble(),
            ChatterWords = r.ReadDouble(),
            MentionWeight = r.ReadDouble(),
            AnnouncingKinds = new HashSet<string>(ReadStrings(r), StringComparer.Ordinal),
            LearnedTopicWeight = r.ReadDouble(),
            OwnPhraseWeight = r.ReadDouble(),
        };
        var activityKinds = new HashSet<string>(StringComparer.Ordinal);
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            activityKinds.Add(r.ReadString());
        }

        var kinds = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            kinds[r.ReadString()] = r.ReadDouble();
        }

        return s with { KindWeights = kinds, ActivityKinds = activityKinds };
    }

    private static void WritePerson(BinaryWriter w, Person p)
    {
        w.Write(p.Id);
        w.Write(p.DisplayName);
        foreach (var value in (string?[])[p.Mail, p.UserPrincipalName, p.JobTitle, p.Department, p.OfficeLocation, p.PreferredLanguage, p.AboutMe])
        {
            WriteOptional(w, value);
        }

        foreach (var list in (IReadOnlyList<string>[])[p.Skills, p.Interests, p.Responsibilities, p.PastProjects, p.Schools])
        {
            WriteStrings(w, list);
        }
    }

    private static Person ReadPerson(BinaryReader r) => new()
    {
        Id = r.ReadString(),
        DisplayName = r.ReadString(),
        Mail = ReadOptional(r),
        UserPrincipalName = ReadOptional(r),
        JobTitle = ReadOptional(r),
        Department = ReadOptional(r),
        OfficeLocation = ReadOptional(r),
        PreferredLanguage = ReadOptional(r),
        AboutMe = ReadOptional(r),
        Skills = ReadStrings(r),
        Interests = ReadStrings(r),
        Responsibilities = ReadStrings(r),
        PastProjects = ReadStrings(r),
        Schools = ReadStrings(r),
    };

    private static void WriteField(BinaryWriter w, InvertedField field)
    {
        var terms = new string[field.TermCount];
        foreach (var (term, id) in field.Terms)
        {
            terms[id] = term;
        }

        WriteStrings(w, terms);
        WriteArray(w, field.Offsets);
        WriteArray(w, field.Documents);
        WriteArray(w, field.Frequencies);
        WriteArray(w, field.Lengths);
    }

    private static InvertedField ReadField(BinaryReader r, Bm25Parameters parameters)
    {
        var terms = ReadStrings(r);
        var ids = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            ids[terms[i]] = i;
        }

        return new InvertedField(ids, ReadArray<int>(r), ReadArray<int>(r), ReadArray<byte>(r), ReadArray<float>(r), parameters);
    }

    private static void WriteArray<T>(BinaryWriter w, T[] values)
        where T : unmanaged
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader r)
        where T : unmanaged
    {
        var values = new T[r.ReadInt32()];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var value in values)
        {
            w.Write(value);
        }
    }

    private static string[] ReadStrings(BinaryReader r)
    {
        var values = new string[r.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = r.ReadString();
        }

        return values;
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
