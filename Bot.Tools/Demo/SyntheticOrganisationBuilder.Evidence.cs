using ExpertBot.Expertise;

namespace ExpertBot.Demo;

internal sealed partial class SyntheticOrganisationBuilder
{
    private static readonly string[] ExpertKinds =
        [EvidenceKinds.Document, EvidenceKinds.Document, EvidenceKinds.Document, EvidenceKinds.Answer, EvidenceKinds.Answer,
         EvidenceKinds.Post, EvidenceKinds.Message, EvidenceKinds.Message, EvidenceKinds.Comment, EvidenceKinds.Meeting];
    private static readonly string[] CompetentKinds =
        [EvidenceKinds.Message, EvidenceKinds.Message, EvidenceKinds.Question, EvidenceKinds.Answer, EvidenceKinds.Document];
    private static readonly string[] OldExpertKinds = [EvidenceKinds.Document, EvidenceKinds.Document, EvidenceKinds.Answer, EvidenceKinds.Post];
    private static readonly string[] RiserKinds =
        [EvidenceKinds.Document, EvidenceKinds.Message, EvidenceKinds.Post, EvidenceKinds.Question, EvidenceKinds.Answer];
    private static readonly string[] FillerKinds =
        [EvidenceKinds.Message, EvidenceKinds.Message, EvidenceKinds.Message, EvidenceKinds.Comment, EvidenceKinds.Post,
         EvidenceKinds.Document, EvidenceKinds.Document, EvidenceKinds.Meeting, EvidenceKinds.Meeting];

    private void WriteEvidence(PersonPlan p)
    {
        var topicItems = 0;
        foreach (var work in p.Work)
        {
            topicItems += WriteTopicWork(p, work);
        }

        if (p.IsManager)
        {
            topicItems += WriteManagerMeetings(p);
            for (var i = textRng.Next(2, 5); i > 0; i--)
            {
                WriteFillerItem(p, forcePrivate: true);
            }
        }

        var target = (int)Math.Round(options.ItemsPerPerson * (0.4 + (1.2 * textRng.NextDouble())));
        for (var i = Math.Max(2, target - topicItems); i > 0; i--)
        {
            WriteFillerItem(p, forcePrivate: false);
        }
    }

    private int WriteTopicWork(PersonPlan p, TopicWork work)
    {
        var r = textRng;
        switch (work.Kind)
        {
            case WorkKind.Expert:
                var count = p.Steady ? 40 : r.Next(8, 21);
                var span = r.Next(180, 1000);
                for (var i = 0; i < count; i++)
                {
                    // A steady expert publishes every few weeks for two years: active lately, but not new.
                    var daysAgo = p.Steady ? Math.Max(0.5, ((i + 0.5) * 700.0 / count) + ((r.NextDouble() * 4) - 2))
                        : i < 2 ? Uniform(2, 80) : Uniform(2, span);
                    var kind = i == 0 ? EvidenceKinds.Document : Pick(r, ExpertKinds);
                    var isPrivate = p.PartlyPrivate && i > 0 && r.NextDouble() < 0.3;
                    WriteTopicItem(p, work.Topic, kind, daysAgo, isPrivate);
                }

                return count;
            case WorkKind.Competent:
                return WriteTopicItems(p, work.Topic, r.Next(2, 5), CompetentKinds, 35, 540);
            case WorkKind.OldExpert:
                return WriteTopicItems(p, work.Topic, r.Next(6, 13), OldExpertKinds, 730, 1100);
            case WorkKind.Riser:
                return WriteTopicItems(p, work.Topic, r.Next(3, 7), RiserKinds, 1, 24);
            case WorkKind.PrivateOnly:
                var hidden = r.Next(4, 9);
                for (var i = 0; i < hidden; i++)
                {
                    WriteTopicItem(p, work.Topic, EvidenceKinds.Document, Uniform(10, 600), isPrivate: true);
                }

                return hidden;
            case WorkKind.Viral:
                WriteSpecialPost(p, work.Topic, Uniform(0.5, 6), viral: true);
                return 1;
            case WorkKind.Promotion:
                WriteSpecialPost(p, work.Topic, Uniform(30, 400), viral: false);
                return 1;
            default:
                return 0;
        }
    }

    private int WriteTopicItems(PersonPlan p, int topic, int count, string[] kinds, double minDays, double maxDays)
    {
        for (var i = 0; i < count; i++)
        {
            WriteTopicItem(p, topic, Pick(textRng, kinds), Uniform(minDays, maxDays), isPrivate: false);
        }

        return count;
    }

    private void WriteTopicItem(PersonPlan p, int topicIndex, string kind, double daysAgo, bool isPrivate)
    {
        var topic = topics[topicIndex];
        var lang = EvidenceTemplates.For(p.French);
        var timestamp = At(daysAgo);
        var slots = Slots(p, Surface(textRng, topic, p.French), topic, timestamp, list: "");
        string? title;
        string text;
        if (isPrivate)
        {
            kind = EvidenceKinds.Document;
            title = writer.Fill(Pick(textRng, lang.PrivateTopicTitles), slots);
            text = writer.Fill(Pick(textRng, lang.PrivateTopicTexts), slots);
        }
        else
        {
            (title, text) = kind switch
            {
                EvidenceKinds.Document => (writer.Fill(DocumentTitle(lang, p.Team.Area.Family), slots),
                    writer.Sentences(Pick(textRng, lang.Openings), Pick(textRng, lang.Bodies), Pick(textRng, lang.Closings), slots)),
                EvidenceKinds.Post => (writer.Fill(Pick(textRng, lang.PostTitles), slots), writer.Fill(Pick(textRng, lang.PostTexts), slots)),
                EvidenceKinds.Answer => (writer.Fill(Pick(textRng, lang.AnswerTitles), slots), writer.Fill(Pick(textRng, lang.AnswerTexts), slots)),
                EvidenceKinds.Question => (writer.Fill(Pick(textRng, lang.QuestionTitles), slots), writer.Fill(Pick(textRng, lang.QuestionTexts), slots)),
                EvidenceKinds.Meeting => (writer.Fill(Pick(textRng, lang.MeetingTitles), slots), writer.Fill(Pick(textRng, lang.MeetingTexts), slots)),
                _ => ((string?)null, writer.Fill(Pick(textRng, lang.MessageTexts), slots)),
            };
        }

        AddItem(p, kind, timestamp, title, text, isPrivate);
    }

    private string DocumentTitle(LanguageTemplates lang, TemplateFamily family)
    {
        var specific = family switch
        {
            TemplateFamily.Tech => lang.TechDocumentTitles,
            TemplateFamily.Law => lang.LawDocumentTitles,
            _ => lang.BusinessDocumentTitles,
        };
        return Pick(textRng, textRng.NextDouble() < 0.5 ? lang.DocumentTitles : specific);
    }

    private void WriteSpecialPost(PersonPlan p, int topicIndex, double daysAgo, bool viral)
    {
        var topic = topics[topicIndex];
        var lang = EvidenceTemplates.For(p.French);
        var timestamp = At(daysAgo);
        var slots = Slots(p, Surface(textRng, topic, p.French), topic, timestamp, list: "");
        var title = writer.Fill(Pick(textRng, viral ? lang.ViralTitles : lang.PromotionTitles), slots);
        var text = writer.Fill(Pick(textRng, viral ? lang.ViralTexts : lang.PromotionTexts), slots);
        AddItem(p, EvidenceKinds.Post, timestamp, title, text, isPrivate: false);
    }

    /// <summary>Managers are named in meetings about every topic of their team without doing the work themselves.</summary>
    private int WriteManagerMeetings(PersonPlan p)
    {
        var lang = EvidenceTemplates.For(p.French);
        var count = textRng.Next(6, 15);
        for (var i = 0; i < count; i++)
        {
            var names = p.Team.Topics.Select(t => p.French && textRng.NextDouble() < 0.6 ? topics[t].FrenchName : topics[t].NameInSentence).ToArray();
            var list = names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} {lang.And} {names[^1]}";
            var timestamp = At(Uniform(1, 400));
            var slots = Slots(p, "", topics[p.Team.Topics[0]], timestamp, list);
            AddItem(p, EvidenceKinds.Meeting, timestamp, writer.Fill(Pick(textRng, lang.ManagerMeetingTitles), slots),
                writer.Fill(Pick(textRng, lang.ManagerMeetingTexts), slots), isPrivate: false);
        }

        return count;
    }

    private void WriteFillerItem(PersonPlan p, bool forcePrivate)
    {
        var lang = EvidenceTemplates.For(p.French);
        var timestamp = At(Uniform(0.2, 900));
        var slots = Slots(p, "", topics[0], timestamp, list: "");
        if (forcePrivate || textRng.NextDouble() < 0.02)
        {
            AddItem(p, EvidenceKinds.Document, timestamp, writer.Fill(Pick(textRng, lang.PrivateTitles), slots),
                writer.Fill(Pick(textRng, lang.PrivateTexts), slots), isPrivate: true);
            return;
        }

        var kind = Pick(textRng, FillerKinds);
        var title = kind is EvidenceKinds.Message or EvidenceKinds.Comment ? null : writer.Fill(Pick(textRng, lang.FillerTitles), slots);
        AddItem(p, kind, timestamp, title, writer.Fill(Pick(textRng, lang.FillerTexts), slots), isPrivate: false);
    }

    private TemplateSlots Slots(PersonPlan p, string surface, Topic topic, DateTimeOffset timestamp, string list)
    {
        var terms = p.French ? topic.FrenchTerms : topic.Terms;
        var first = textRng.Next(terms.Count);
        var second = (first + 1 + textRng.Next(terms.Count - 1)) % terms.Count;
        var term = terms[first];
        var other = terms[second];

        var members = p.Team.Members;
        return new TemplateSlots(
            surface, term, other,
            p.French ? p.Team.Area.FrenchDepartment : p.Team.Area.Department,
            p.Team.Office,
            members[textRng.Next(members.Count)].FirstName,
            list,
            p.JobTitle,
            timestamp.Year,
            ((timestamp.Month - 1) / 3) + 1,
            textRng.Next(2, 9));
    }

    private void AddItem(PersonPlan p, string kind, DateTimeOffset timestamp, string? title, string text, bool isPrivate)
    {
        var id = $"sig-{nextItem++:D7}";
        var team = p.Team;
        string? url = null;
        string source;
        if (isPrivate)
        {
            url = $"https://contoso-my.sharepoint.example/personal/{team.Slug}/Documents/{id}.docx";
            source = "OneDrive";
        }
        else
        {
            (url, source) = kind switch
            {
                EvidenceKinds.Document => ($"https://contoso.sharepoint.example/sites/{team.Slug}/Shared%20Documents/{id}.docx", team.SiteSource),
                EvidenceKinds.Post or EvidenceKinds.Answer or EvidenceKinds.Question => ($"https://engage.contoso.example/threads/{id}", team.CommunitySource),
                EvidenceKinds.Meeting => (null, "Outlook calendar"),
                _ => (null, team.ChatSource),
            };
        }

        items.Add(new EvidenceItem
        {
            Id = id,
            PersonId = p.Id,
            Timestamp = timestamp,
            Kind = kind,
            Title = title,
            Text = text,
            Url = url,
            Visibility = isPrivate ? Visibility.Private : Visibility.Organization,
            Source = source,
        });
    }

    private double Uniform(double min, double max) => min + (textRng.NextDouble() * (max - min));

    /// <summary>A moment <paramref name="daysAgo"/> days before AsOf, to the minute, never after it.</summary>
    private DateTimeOffset At(double daysAgo)
    {
        var minutes = Math.Max(1, (long)(daysAgo * 24 * 60));
        return options.AsOf.ToUniversalTime().AddMinutes(-minutes);
    }

    /// <summary>How a writer names a topic: French writers mostly in French, everyone sometimes by alias or acronym.</summary>
    private static string Surface(Random random, Topic topic, bool french)
    {
        var draw = random.NextDouble();
        if (french)
        {
            return draw switch
            {
                < 0.45 => topic.FrenchName,
                < 0.6 => topic.FrenchAliases.Count > 0 ? Pick(random, topic.FrenchAliases) : topic.FrenchName,
                < 0.85 => topic.NameInSentence,
                _ => Pick(random, topic.Aliases),
            };
        }

        return draw < 0.65 ? topic.NameInSentence : Pick(random, topic.Aliases);
    }
}
