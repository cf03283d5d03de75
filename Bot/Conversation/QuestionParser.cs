using ExpertBot.Localization;

using System.Text.RegularExpressions;

namespace ExpertBot.Conversation;

/// <summary>
/// Understands what a person typed, in English or French: a command ("help", "aide") or a question about a
/// topic ("who knows Kubernetes?", "qui s'y connaît en RGPD ?", or a bare topic), and which language it is in.
/// </summary>
internal static partial class QuestionParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The most characters of a topic kept (the bot's card titles show it).</summary>
    public const int LongestTopic = 200;

    // "experience with", "some expertise in", "a background in": the frame around a topic, not the topic.
    private const string ExperienceIn = @"(?:(?:any|some|prior|real)\s+)?(?:experience|expertise|knowledge|skills|a\s+background)\s+(?:with|in|on|of)";

    // The rest of the question ends in a tail word ("… Kubernetes experience?"), which CleanTopic then weighs.
    private const string EndsInTail = @"(?=\s+.+\s(?:experience|expertise|knowledge|skills?|background)[\s?!.]*$)";

    // How good the person wanted is, between who and the topic: "someone experienced in", « une personne expérimentée en ».
    private const string Skilled = @"(?:\s+(?:de\s+)?(?:(?:really|very|truly|vraiment|tr[eè]s)\s+)?(?:experienced|skilled|proficient|versed|knowledgeable|strong|exp[ée]riment[ée]e?s?|comp[ée]tente?s?|cal[ée]e?s?|dou[ée]e?s?|qualifi[ée]e?s?|forte?s?))?";

    // The verbs that say someone knows the topic, after « qui »: « qui connaît », « qui maîtrise », « qui parle » (a
    // language), « qui s'y connaît en ». One list for every frame that asks so.
    private const string KnowsFr = @"conna[iî]t|ma[iî]trise|parle|s'y\s+conna[iî]t\s+en";

    // Ordered: the first frame that matches gives the topic. Each captures the topic as "t".
    private static readonly (Regex Pattern, Language Language)[] Frames =
    [
        (new(@"^(?:(?:is\s+there\s+)?(?:any\s?one|any\s?body|someone|somebody)\s+(?:here\s+)?(?:who\s+)?(?:has|have)\s+|who\s+(?:has|have)\s+|(?:has|have)\s+(?:any\s?one|any\s?body|someone|somebody)\s+(?:here\s+)?)(?:already\s+|ever\s+)?done\s+(?:(?:any|some|real|serious|much)\s+)*(?<t>.+?)\s+work(?:\s+(?:here|before|already|recently|lately))?\s*[?!.]*$", Options), Language.English),
        (new(@"^(?:(?:is\s+there\s+)?(?:any\s?one|any\s?body|someone|somebody)\s+(?:here\s+)?(?:who\s+)?|who\s+)(?:has|have)\s+(?:already\s+|ever\s+)?worked\s+(?:on|with|in)\s+(?:both\s+)?(?<t>.+)$", Options), Language.English),
        (new(@"^(?:does|do)\s+(?:any\s?one|any\s?body|someone|somebody)\s+(?:here\s+)?(?:know\s+(?:anything\s+)?(?:about\s+)?|speak\s+|ha(?:ve|s)\s+" + ExperienceIn + @"\s+|ha(?:ve|s)" + EndsInTail + @"\s+)(?<t>.+)$", Options), Language.English),
        (new(@"^who(?:'s|\s+is|\s+are)?\s+(?:(?:an?|the|our)\s+)?(?:experts?|specialists?|go-to(?:\s+person)?|best|good)\s+(?:at|in|on|for|with)\s+(?<t>.+)$", Options), Language.English),
        (new(@"^who\s+(?:really\s+|else\s+)?(?:knows|understands|speaks|can\s+help(?:\s+me)?(?:\s+with)?|has\s+" + ExperienceIn + @"|has\s+worked\s+(?:with|in|on)|worked\s+on|is\s+familiar\s+with|has" + EndsInTail + @")\s+(?:about\s+)?(?<t>.+)$", Options), Language.English),
        (new(@"^(?:is\s+there\s+)?(?:any\s?one|any\s?body|someone|somebody)\s+(?:here\s+)?(?:with\s+" + ExperienceIn + @"|with|who\s+knows|who\s+has\s+experience\s+(?:with|in)|familiar\s+with|experienced\s+(?:with|in)|good\s+(?:at|with)|knows?|speaks?)\s+(?:about\s+)?(?<t>.+)$", Options), Language.English),
        (new(@"^(?:i\s+(?:need|am\s+looking\s+for|'m\s+looking\s+for|want)|looking\s+for|where\s+(?:can|could|do|should)\s+(?:i|we)\s+find|find(?:\s+me)?|search(?:\s+for)?|recommend)\s+(?:an?\s+|some\s+)?(?:experts?|specialists?|someone|somebody|people|person|colleagues?)" + Skilled + @"\s*(?:who\s+knows?(?:\s+about)?|(?:with\s+experience\s+)?(?:in|on|for|with|at))?\s+(?<t>.+)$", Options), Language.English),
        (new(@"^(?:an?\s+)?(?:experts?|specialists?)\s+(?:in|on|for|at)\s+(?<t>.+)$", Options), Language.English),
        (new(@"^(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?<t>.+?)\s+(?:experts?|specialists?|gurus?)(?:\s+(?:around|here|on\s+the\s+team|in\s+the\s+(?:team|company|house)))?\s*[?!.]*$", Options), Language.English),
        (new(@"^any\s+(?<t>.+?)\s+(?:experts?|specialists?|gurus?)(?:\s+(?:around|here))?\s*[?!.]*$", Options), Language.English),
        (new(@"^(?:i\s+)?need\s+(?:some\s+)?help\s+(?:with|on|in)\s+(?<t>.+)$", Options), Language.English),
        (new(@"^qui\s+s'y\s+conna[iî]t\s+(?:bien\s+)?(?:en|dans|sur|avec)\s+(?<t>.+)$", Options), Language.French),
        (new(@"^qui\s+(?:" + KnowsFr + @"|(?:peut|pourrait|saurait)\s+m'aider\s+(?:sur|avec|en|pour|dans)|a\s+(?:d[ée]j[àa]\s+)?travaill[ée]\s+(?:sur|avec|en|dans)|a\s+de\s+l'exp[ée]rience\s+(?:en|sur|avec)|travaille\s+sur|est\s+(?:l'|un\s+|une\s+|le\s+|la\s+)?(?:expert|experte|sp[ée]cialiste|r[ée]f[ée]rent|r[ée]f[ée]rente)\s+(?:en|de|du|des|sur))\s+(?:bien\s+)?(?<t>.+)$", Options), Language.French),
        (new(@"^(?:y\s+a-t-il|est-ce\s+qu'il\s+y\s+a|il\s+y\s+a)\s+(?:quelqu'un|un\s+expert|une\s+experte|des\s+experts|des\s+sp[ée]cialistes)" + Skilled + @"\s+(?:qui\s+(?:" + KnowsFr + @")|en|sur)\s+(?<t>.+)$", Options), Language.French),
        (new(@"^(?:je\s+cherche|on\s+cherche|cherche|trouve(?:-moi|z-moi)?|recherche)\s+(?:un\s+|une\s+|des\s+)?(?:expert|experte|experts|sp[ée]cialiste|sp[ée]cialistes|quelqu'un|personne|coll[èe]gue)" + Skilled + @"\s*(?:qui\s+(?:" + KnowsFr + @"|a\s+(?:d[ée]j[aà]\s+)?travaill[ée]\s+(?:sur|avec|en|dans))|en|de|du|des|sur|pour)?\s+(?:(?:[àa]\s+la\s+fois|bien)\s+)?(?<t>.+)$", Options), Language.French),
        (new(@"^(?:est-ce\s+que\s+)?quelqu'un\s+(?:qui\s+(?:" + KnowsFr + @")|en|sur)\s+(?<t>.+)$", Options), Language.French),
        (new(@"^(?:est-ce\s+que\s+)?quelqu'un\s+(?:conna[iî]t(?:-il)?|ma[iî]trise(?:-t-il)?|parle(?:-t-il)?|s'y\s+conna[iî]t(?:-il)?\s+en)\s+(?:bien\s+)?(?<t>.+)$", Options), Language.French),
        (new(@"^(?:est-ce\s+que\s+)?quelqu'un\s+(?:sait|saurait)(?:-il)?\s+(?:comment\s+)?(?:(?:utiliser|configurer|faire|param[ée]trer)\s+)?(?:quelque\s+chose\s+(?:sur|en|de)\s+)?(?<t>.+)$", Options), Language.French),
        (new(@"^(?:est-ce\s+que\s+)?quelqu'un\s+(?:a|aurait)\s+(?:de\s+l'|une\s+)?exp[ée]rience\s+(?:en|sur|avec|dans)\s+(?<t>.+)$", Options), Language.French),
        (new(@"^(?:j'ai\s+|on\s+a\s+)?besoin\s+(?:d'aide|d'un\s+coup\s+de\s+main|d'un\s+expert|d'une\s+experte)\s+(?:sur|en|avec|pour)\s+(?<t>.+)$", Options), Language.French),
        (new(@"^(?:un\s+|une\s+|des\s+)?(?:expert|experte|experts|sp[ée]cialiste|sp[ée]cialistes)\s+(?:en|de|du|des|sur)\s+(?<t>.+)$", Options), Language.French),
    ];

    [GeneratedRegex(@"<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^(?<cmd>ask|demander|demande)(?:\s*:)?(?:\s+(?<rest>.*))?$", Options)]
    private static partial Regex AskPrefix();

    [GeneratedRegex(@"^(?:help|endorse|recommander|\?|what can you do\??|aide|au secours|que sais-tu faire\s*\??|qu'est-ce que tu sais faire\s*\??)$", Options)]
    private static partial Regex HelpPattern();

    // A greeting alone is answered as help is: what the bot can do.
    [GeneratedRegex(@"^(?:(?<en>hi|hello|hey|good\s+(?:morning|afternoon|evening))(?:\s+(?:all|team|there|everyone|folks))?|(?<fr>bonjour|salut|coucou|bonsoir)(?:\s+(?:à\s+tous|tout\s+le\s+monde|l'équipe))?)\s*[!.]*$", Options)]
    private static partial Regex Greeting();

    // A reply that says nothing ("ok", "yes", "cool", "what?", « d'accord »): no topic in it.
    [GeneratedRegex(@"^(?:ok(?:ay)?|yes|yep|yeah|no|nope|cool|great|nice|lol|what|huh|hm+|oui|non|d'accord|ok\s+merci)\s*[!?.]*$", Options)]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(?:(?<en>thanks|thank\s+you|thx|ty)(?:\s+(?:a\s+lot|so\s+much|very\s+much))?|(?<fr>merci)(?:\s+(?:beaucoup|bien|bcp))?)\s*[!.]*$", Options)]
    private static partial Regex Gratitude();

    // Commands, each with its English and French wordings (and the manifest's command titles).
    private static readonly (Regex Pattern, Language Language, Func<Match, Language, Intent> Make)[] Commands =
    [
        (new(@"^(?:endorse|vouch\s+for|recommend)\s+(?<n>.+?)\s+(?:for|on|in)\s+(?<t>.+)$", Options), Language.English, (m, l) => new Intent.Endorse(m.Groups["n"].Value.Trim(), CleanTopic(m.Groups["t"].Value, l), l)),
        (new(@"^(?:recommander|recommande|recommandez|approuver|valider)\s+(?<n>.+?)\s+(?:pour|en|sur)\s+(?<t>.+)$", Options), Language.French, (m, l) => new Intent.Endorse(m.Groups["n"].Value.Trim(), CleanTopic(m.Groups["t"].Value, l), l)),
        (new(@"^(?:my\s+expertise|my\s+profile|what\s+do\s+i\s+know\??)$", Options), Language.English, (_, l) => new Intent.MyExpertise(l)),
        (new(@"^(?:mon\s+expertise|mon\s+profil)$", Options), Language.French, (_, l) => new Intent.MyExpertise(l)),
        (new(@"^(?:stop|turn\s+off|no\s+more)\s+(?:endorsement\s+)?(?:notices|notifications)$", Options), Language.English, (_, l) => new Intent.SetPreference(PreferenceChange.StopNotices, l)),
        (new(@"^(?:arr[eê]ter|arr[eê]te|stop|d[ée]sactiver)\s+(?:les\s+)?(?:notifications|avis)(?:\s+de\s+recommandation)?$", Options), Language.French, (_, l) => new Intent.SetPreference(PreferenceChange.StopNotices, l)),
        (new(@"^(?:start|turn\s+on|resume)\s+(?:endorsement\s+)?(?:notices|notifications)$", Options), Language.English, (_, l) => new Intent.SetPreference(PreferenceChange.StartNotices, l)),
        (new(@"^(?:reprendre|activer|r[ée]activer)\s+(?:les\s+)?(?:notifications|avis)(?:\s+de\s+recommandation)?$", Options), Language.French, (_, l) => new Intent.SetPreference(PreferenceChange.StartNotices, l)),
        (new(@"^(?:hide\s+me|don'?t\s+show\s+me)$", Options), Language.English, (_, l) => new Intent.SetPreference(PreferenceChange.HideMe, l)),
        (new(@"^(?:ne\s+m'affichez\s+pas|ne\s+m'affiche\s+pas|me\s+masquer|masquez-moi|cache-moi|cachez-moi)$", Options), Language.French, (_, l) => new Intent.SetPreference(PreferenceChange.HideMe, l)),
        (new(@"^(?:show\s+me|unhide\s+me)$", Options), Language.English, (_, l) => new Intent.SetPreference(PreferenceChange.ShowMe, l)),
        (new(@"^(?:affichez-moi|affiche-moi|m'afficher|me\s+montrer)$", Options), Language.French, (_, l) => new Intent.SetPreference(PreferenceChange.ShowMe, l)),
        (new(@"^(?:don'?t|do\s+not)\s+feature\s+me$", Options), Language.English, (_, l) => new Intent.SetPreference(PreferenceChange.DontFeatureMe, l)),
        (new(@"^ne\s+(?:pas\s+me\s+mettre|me\s+mettez\s+pas|me\s+mets\s+pas)\s+en\s+avant$", Options), Language.French, (_, l) => new Intent.SetPreference(PreferenceChange.DontFeatureMe, l)),
        (new(@"^feature\s+me$", Options), Language.English, (_, l) => new Intent.SetPreference(PreferenceChange.FeatureMe, l)),
        (new(@"^(?:me\s+mettre|mettez-moi|mets-moi|remettez-moi|remets-moi)\s+en\s+avant$", Options), Language.French, (_, l) => new Intent.SetPreference(PreferenceChange.FeatureMe, l)),
        (new(@"^(?:please\s+)?(?:don'?t|do\s+not|stop)\s+(?:send(?:ing)?\s+me|routing\s+me|asking\s+me)\s+(?:any\s+)?(?:more\s+)?questions$", Options), Language.English, (_, l) => new Intent.SetPreference(PreferenceChange.StopQuestions, l)),
        (new(@"^ne\s+(?:m'envoyez|m'envoie|me\s+transmettez|me\s+posez)\s+(?:plus\s+|pas\s+)(?:de\s+)?questions$", Options), Language.French, (_, l) => new Intent.SetPreference(PreferenceChange.StopQuestions, l)),
        (new(@"^(?:please\s+)?(?:send|route)\s+me\s+questions(?:\s+again)?$", Options), Language.English, (_, l) => new Intent.SetPreference(PreferenceChange.StartQuestions, l)),
        (new(@"^(?:envoyez-moi|envoie-moi|transmettez-moi)\s+(?:[àa]\s+nouveau\s+)?(?:des|les)\s+questions(?:\s+[àa]\s+nouveau)?$", Options), Language.French, (_, l) => new Intent.SetPreference(PreferenceChange.StartQuestions, l)),
        (new(@"^(?:subscribe|sign\s+me\s+up)\b(?<rest>.*)$", Options), Language.English, (m, l) => new Intent.Subscribe(SubscriptionWords.Topics(m.Groups["rest"].Value), l)),
        (new(@"^(?:abonne[sz]?-moi|abonnez-moi|m'abonner|s'abonner|je\s+m'abonne)\b(?<rest>.*)$", Options), Language.French, (m, l) => new Intent.Subscribe(SubscriptionWords.Topics(m.Groups["rest"].Value), l)),
        (new(@"^unsubscribe\b(?<rest>.*)$", Options), Language.English, (m, l) => new Intent.Unsubscribe(SubscriptionWords.Topics(m.Groups["rest"].Value), l)),
        (new(@"^(?:d[ée]sabonne[sz]?-moi|d[ée]sabonnez-moi|me\s+d[ée]sabonner|se\s+d[ée]sabonner|je\s+me\s+d[ée]sabonne)\b(?<rest>.*)$", Options), Language.French, (m, l) => new Intent.Unsubscribe(SubscriptionWords.Topics(m.Groups["rest"].Value), l)),
        (new(@"^(?:my\s+subscriptions?|subscriptions)$", Options), Language.English, (_, l) => new Intent.MySubscriptions(l)),
        (new(@"^(?:mes\s+abonnements|abonnements)$", Options), Language.French, (_, l) => new Intent.MySubscriptions(l)),
        (new(@"^forget\s+me$", Options), Language.English, (_, l) => new Intent.ForgetMe(l)),
        (new(@"^(?:oubliez-moi|oublie-moi|m'oublier)$", Options), Language.French, (_, l) => new Intent.ForgetMe(l)),
    ];

    [GeneratedRegex(@"^(?<rest>.+?)\s+(?<tail>experience|expertise|skills?|knowledge|background)$", Options)]
    private static partial Regex EnglishTopicTail();

    // "Kubernetes experience" asks about Kubernetes, but these name a topic of their own and are never cut.
    private static readonly HashSet<string> TailCompounds = new(StringComparer.OrdinalIgnoreCase)
    {
        "user experience", "customer experience", "client experience", "developer experience", "employee experience",
        "patient experience", "candidate experience", "guest experience", "visitor experience", "citizen experience",
        "domain knowledge", "domain expertise", "matter expertise", "tribal knowledge", "institutional knowledge",
        "soft skills", "people skills", "interpersonal skills", "life skills",
    };

    // Words before a tail that say how much, not what: "some Azure experience", "strong Python skills". Adjectives
    // that can open a topic ("deep learning", "real estate", "general ledger") are not here, so they are never dropped.
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "any", "some", "lots", "of", "much", "more", "prior", "previous", "recent", "relevant",
        "strong", "solid", "extensive", "proven", "hands-on",
    };

    // A single word that would be all that remains of "relevant experience" or "technical expertise": no topic.
    private static readonly HashSet<string> GenericWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "good", "real", "real-world", "deep", "general", "basic", "practical", "technical", "professional", "work",
        "working", "industry", "field", "past", "similar", "enough", "other", "this", "that",
    };

    // Elided articles ("l'", "d'") join the next word; the others need a space, or "l'apprentissage" loses its "a".
    [GeneratedRegex(@"^(?:(?:le|la|les|du|des|de\s+la|the|a|an)\s+|(?:l'|de\s+l'|d')\s*)+", Options)]
    private static partial Regex LeadingArticles();

    // How much is known, before what: "(who knows) a lot about k8s", "much about Terraform", "a thing or two about SAP".
    [GeneratedRegex(@"^(?:a\s+lot|lots|a\s+bit|quite\s+a\s+bit|a\s+little|much|a\s+great\s+deal|anything|something|a\s+thing\s+or\s+two|more)\s+(?:about|on|regarding)\s+(?=\S)", Options)]
    private static partial Regex LeadingAmount();

    // "both X and Y", « à la fois X et Y »: the list is the topics; "both" is how they are asked ("Work shows: both X").
    [GeneratedRegex(@"^(?:both|[àa]\s+la\s+fois)\s+(?=\S.*\s(?:and|et|&|\+)\s+\S)", Options)]
    private static partial Regex LeadingBoth();

    // Words of one language only: "expert" is a word of both, so « expert droit de la concurrence dispo ? » is French.
    [GeneratedRegex(@"[àâçéèêëîïôûùüÿœ]|\b(?:qui|quel|quelle|quelqu'un|je|nous|connaît|connait|cherche|sur|avec|dans|est|les|des|du|une|un|de|la|le|pour|dispo|dispos|disponible|besoin|contacter|svp)\b", Options)]
    private static partial Regex FrenchCue();

    [GeneratedRegex(@"\b(?:who|what|anyone|anybody|someone|somebody|knows?|need|looking|with|about|the|experience|help|in|is|are|available|please|for)\b", Options)]
    private static partial Regex EnglishCue();

    /// <summary>Removes Teams mentions of the bot (&lt;at&gt;…&lt;/at&gt;) and any other markup.</summary>
    public static string StripMentions(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : System.Net.WebUtility.HtmlDecode(TagPattern().Replace(MentionPattern().Replace(text, " "), " ")).Trim();

    public static Intent Parse(string? text)
    {
        var clean = Normalise(StripMentions(text));
        if (clean.Length == 0)
        {
            return new Intent.Empty(null);
        }

        // The manifest's command titles arrive alone when clicked; "ask …"/"demander …" prefixes a question.
        if (AskPrefix().Match(clean) is { Success: true } ask)
        {
            return ask.Groups["rest"].Value.Trim().Length == 0
                ? new Intent.Empty(ask.Groups["cmd"].Value.StartsWith('d') ? Language.French : Language.English)
                : Parse(ask.Groups["rest"].Value);
        }

        if (Greeting().Match(clean) is { Success: true } greeting)
        {
            return new Intent.Help(greeting.Groups["fr"].Success ? Language.French : Language.English);
        }

        if (Filler().IsMatch(clean))
        {
            return new Intent.Empty(null);
        }

        if (Gratitude().Match(clean) is { Success: true } gratitude)
        {
            return new Intent.Thanks(gratitude.Groups["fr"].Success ? Language.French : Language.English);
        }

        if (HelpPattern().IsMatch(clean))
        {
            return new Intent.Help(clean.StartsWith("a", StringComparison.OrdinalIgnoreCase) || clean.StartsWith("q", StringComparison.OrdinalIgnoreCase) || clean.StartsWith("r", StringComparison.OrdinalIgnoreCase) ? Language.French : Language.English);
        }

        foreach (var (pattern, language, make) in Commands)
        {
            var match = pattern.Match(clean);
            if (match.Success)
            {
                return make(match, language);
            }
        }

        // "hi all, …", "…, who could help?", « …, qui contacter ? »: clauses that only ask.
        var asked = WithoutHowWell(RequestWords.DropClauses(clean));
        foreach (var (pattern, language) in Frames)
        {
            var match = pattern.Match(asked);
            if (match.Success)
            {
                var topic = CleanTopic(RequestWords.WithoutPurpose(match.Groups["t"].Value), language);
                return topic.Length == 0 || RequestWords.OnlyAsks(topic) ? new Intent.Empty(language) : new Intent.FindExperts(topic, language);
            }
        }

        // A request with its topic missing ("who knows?", "anyone know", "someone?", « qui peut m'aider ? », "???") asks for the topic.
        var bare = CleanTopic(asked, null, trim: RequestWords.IsSentence(asked));
        if (!bare.Any(char.IsLetterOrDigit) || RequestWords.OnlyAsks(asked))
        {
            return new Intent.Empty(GuessLanguage(clean));
        }

        if (AsksWithoutTopic(asked) is { } asking)
        {
            return new Intent.Empty(asking);
        }

        // A bare topic ("kubernetes", "droit du travail") or a sentence no frame knows, trimmed to its topic; the
        // words may or may not tell the language.
        return new Intent.FindExperts(bare, GuessLanguage(clean));
    }

    // The language of a frame the words would fill if a topic followed them ("who knows" + topic), or null: a
    // request whose topic is missing. Frames need a topic after their words, so "who knows?" matched none.
    private static Language? AsksWithoutTopic(string asked)
    {
        var filled = $"{asked.TrimEnd('?', '!', '.', ',', ':', ' ')} {TopicPlaceholder}";
        foreach (var (pattern, language) in Frames)
        {
            if (pattern.Match(filled) is { Success: true } match
                && string.Equals(CleanTopic(RequestWords.WithoutPurpose(match.Groups["t"].Value), language), TopicPlaceholder, StringComparison.OrdinalIgnoreCase))
            {
                return language;
            }
        }

        return null;
    }

    // A word nobody asks about, standing in for the missing topic.
    private const string TopicPlaceholder = "zqxjtopic";

    /// <summary>The topic a question is about, or the question itself when it has no recognised frame.</summary>
    public static string TopicOf(string question) => Parse(question) is Intent.FindExperts find ? find.Topic : StripMentions(question);

    internal static Language? GuessLanguage(string text)
    {
        var french = FrenchCue().Count(text);
        var english = EnglishCue().Count(text);
        return french > english ? Language.French : english > french ? Language.English : null;
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Replace('’', '\'').Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static string CleanTopic(string topic, Language? language, bool trim = false)
    {
        // A topic is a few words; a pasted page is cut, so that neither the search nor the card it titles grows with it.
        var t = topic.Trim();
        if (t.Length > LongestTopic)
        {
            // Never between the two halves of an emoji: a lone surrogate made the search's Unicode normalisation throw.
            var cut = char.IsHighSurrogate(t[LongestTopic - 1]) ? LongestTopic - 1 : LongestTopic;
            t = t[..cut].TrimEnd() + "…";
        }

        t = WithoutExclusion(t);
        if (trim)
        {
            t = RequestWords.Trim(t);
        }

        t = t.Trim().TrimEnd('?', '!', '.', ' ', '\u00A0', ';', ':').Trim();
        if (language != Language.French)
        {
            t = WithoutEnglishTail(t);
        }

        t = LeadingArticles().Replace(LeadingBoth().Replace(LeadingAmount().Replace(t, string.Empty), string.Empty), string.Empty).Trim();
        return t.Trim('"', '\'', '«', '»', '“', '”', ' ');
    }

    // What the person does not want is not part of the topic: "Azure specifically, not AWS", "Spark (we're not on
    // Airflow)", "a patent law person, trademark law experience won't do", « Power Automate (on n'utilise pas
    // SharePoint) », « spécifiquement Workday, pas SuccessFactors ». Searching those words would bring exactly the
    // people the question rules out.
    [GeneratedRegex(@"\s*(?:[,;:(–—-]\s*|\s)(?:but\s+|and\s+|mais\s+|et\s+)?(?:not|rather\s+than|other\s+than|excluding|except|apart\s+from|instead\s+of|we(?:'re|\s+are)\s+not|pas|sauf|hormis|plut[oô]t\s+que|on\s+n'utilise\s+pas|nous\s+n'utilisons\s+pas)\b.*$", Options)]
    private static partial Regex Exclusion();

    [GeneratedRegex(@",\s*[^,]+?\s+(?:experience\s+|knowledge\s+)?won'?t\s+do\b.*$|,\s*[^,]+?\s+ne\s+(?:conviendra|suffira)\s+pas\b.*$", Options)]
    private static partial Regex WontDo();

    // Words that say how the topic is asked, not what it is: "X specifically", "X expert please", "our stack is X".
    [GeneratedRegex(@"^(?:(?:our\s+stack\s+is|we\s+use|sp[ée]cifiquement|specifically)\s+|(?:i\s+)?need\s+(?:(?:an?|some)\s+)?)|\s+(?:specifically|sp[ée]cifiquement|please|svp|s'il\s+vous\s+pla[iî]t)$|\s+(?:person|people|expert|experts|specialist|specialists|guru)(?:\s+please)?$", Options)]
    private static partial Regex AskingWords();

    // How well the topic is known, at the end: "does anyone know X (really) well?", "X inside out", « connaît X à fond ».
    // Matched from the end (right to left), so a long text costs one pass, not one per word.
    [GeneratedRegex(@"\s+(?:(?:really|very|extremely|très)\s+)?(?:well|inside\s+out|in\s+depth|thoroughly|[àa]\s+fond|sur\s+le\s+bout\s+des\s+doigts)[\s?!.]*$", Options | RegexOptions.RightToLeft)]
    private static partial Regex HowWell();

    // A verb of knowing with something after it: what the text asks to be known.
    [GeneratedRegex(@"\b(?:know|knows|knew|connaît|connait|connaissez|maîtrise|maitrise|maîtrisez|maitrisez)\s+\S", Options)]
    private static partial Regex KnowingVerb();

    // "does anyone here know Microsoft Entra ID well?" asks for Microsoft Entra ID. Only after a verb of knowing
    // and the topic: "oil well" and "well testing" are topics.
    private static string WithoutHowWell(string text) =>
        HowWell().Match(text) is { Success: true } how && KnowingVerb().IsMatch(text.AsSpan(0, how.Index)) ? text[..how.Index] : text;

    private static string WithoutExclusion(string topic)
    {
        var t = WontDo().Replace(topic, string.Empty);
        t = Exclusion().Replace(t, string.Empty);
        string before;
        do
        {
            before = t;
            t = AskingWords().Replace(t.Trim().TrimEnd('?', '!', '.', ',', ':', ' '), string.Empty);
        }
        while (t != before);

        return t.Length > 0 ? t : topic;
    }

    /// <summary>"Kubernetes experience" → "Kubernetes"; "user experience", "domain knowledge" and "relevant experience" stay whole.</summary>
    private static string WithoutEnglishTail(string topic)
    {
        var match = EnglishTopicTail().Match(topic);
        if (!match.Success)
        {
            return topic;
        }

        var words = match.Groups["rest"].Value.Split(' ');
        var named = words.SkipWhile(Qualifiers.Contains).ToArray();
        var keep = named.Length == 0 || (named.Length == 1 && GenericWords.Contains(named[0]))
            || TailCompounds.Contains(words[^1] + " " + match.Groups["tail"].Value);
        return keep ? topic : string.Join(' ', named);
    }
}
