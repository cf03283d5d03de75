using System.Text.RegularExpressions;

namespace ExpertBot.Conversation;

/// <summary>
/// The words people wrap a question in, in English and French: greetings ("hi all"), who they want ("the right
/// contact", « un référent »), how they ask ("can anyone recommend", « besoin de conseils ») and why ("to review
/// our approach", "for a project starting next month"). No list of frames covers every phrasing, so what is left
/// once the frames have run is trimmed of these words at its edges, and a clause made only of them (", who could
/// help?", « , qui contacter ? ») is dropped. Only the edges: inside a topic the same words may be its own
/// ("help desk support", « gestion de projet »).
/// </summary>
internal static partial class RequestWords
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // English: greetings and address
        "hi", "hello", "hey", "all", "team", "folks", "everyone", "everybody", "guys", "there", "quick", "question", "questions",
        // who is wanted
        "who", "whom", "who's", "who'd", "anyone", "anybody", "someone", "somebody", "people", "person", "colleague", "colleagues",
        "expert", "experts", "specialist", "specialists", "guru", "gurus", "go-to", "contact", "contacts", "right", "best",
        "experienced", "knowledgeable", "senior", "seasoned", "skilled", "proficient", "versed", "strong", "good", "expertise",
        "company", "organisation", "organization", "ping", "really", "very", "truly",
        // how they ask
        "can", "could", "would", "should", "will", "might", "may", "please", "pls", "thanks", "thank", "does", "do", "did", "is", "are",
        "was", "be", "been", "has", "have", "had", "i", "i'm", "im", "i'd", "i've", "me", "my", "we", "we're", "we've", "us", "our",
        "need", "needs", "needed", "want", "wanted", "looking", "searching", "seeking", "search", "find", "finding", "recommend",
        "suggest", "point", "pointers", "know", "knows", "help", "helping", "hand", "advice", "advise", "input", "tips", "stuck", "you",
        "struggling", "talk", "ask", "reach", "out", "through", "it", "this", "that", "anything", "something", "around", "here",
        "a", "an", "the", "any", "some", "on", "in", "for", "with", "about", "from", "to", "of", "at", "and", "or", "via",
        "urgently", "asap", "soon", "today", "available",
        // French
        "bonjour", "salut", "coucou", "tous", "toutes", "équipe", "qui", "quelqu'un", "personne", "collègue", "collègues",
        "expert", "experte", "experts", "expertes", "spécialiste", "spécialistes", "référent", "référente", "contact", "contacter",
        "joindre", "adresser", "demander", "aide", "aider", "besoin", "conseil", "conseils", "cherche", "cherchons", "recherche",
        "trouver", "connaît", "connait", "maîtrise", "maitrise", "sait", "pourrait", "peut", "saurait", "serait", "est", "sont",
        "ai", "avons", "y", "il", "je", "on", "nous", "me", "moi", "pour", "une", "un", "des", "de", "du", "la", "le", "les",
        "en", "sur", "avec", "dans", "question", "sujet", "merci", "svp", "vous", "plaît", "plait", "urgent", "ici", "chez",
        "expérimenté", "expérimentée", "expérience", "bon", "bonne", "meilleur", "meilleure", "bloqué", "bloquée", "coincé", "coincée", "a", "à", "au", "aux", "ou",
        "dispo", "dispos", "disponible", "disponibles", "calé", "calée", "calés", "compétent", "compétente", "compétents", "doué", "douée",
        "fort", "forte", "très", "vraiment", "a-t-il", "y-a-t-il", "connaissez-vous", "connais-tu", "savez-vous", "pouvez-vous", "auriez-vous", "entreprise",
    };

    // Why they ask, at the end: "to review our approach", "for a project starting next month", « pour un projet ».
    [GeneratedRegex(@"\s+(?:to\s+(?:review|check|look\s+at|validate|discuss|help\s+with)\b|(?:for|on)\s+(?:a|an|the|our|my|this|un|une|notre|ce)\s+(?:project|task|client|customer|proposal|bid|rollout|migration)\b|pour\s+(?:un|une|notre|ce)\s+(?:projet|client|dossier)\b).*$", Options)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"\s*[,;:]\s*")]
    private static partial Regex ClauseBreak();

    /// <summary>Drops the clauses made only of request words ("hi all, …", "…, who could help?"); the rest as written.</summary>
    public static string DropClauses(string text)
    {
        var clauses = ClauseBreak().Split(text);
        if (clauses.Length < 2)
        {
            return text;
        }

        var kept = clauses.Where(c => !OnlyRequest(c)).ToArray();
        return kept.Length == 0 || kept.Length == clauses.Length ? text : string.Join(", ", kept);
    }

    /// <summary>
    /// Whether a message is made of request words only ("hello", "thanks", "someone?", « qui peut m'aider ? »): it
    /// asks for no topic. A short word in capitals ("IT") may be an acronym, so it does not count.
    /// </summary>
    public static bool OnlyAsks(string text) =>
        OnlyRequest(text) && (text.Contains(' ', StringComparison.Ordinal) || text.Any(char.IsLower));

    /// <summary>A question rather than a topic: four words or more, or a question mark.</summary>
    public static bool IsSentence(string text) =>
        text.TrimEnd().EndsWith('?') || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4;

    /// <summary>
    /// A sentence no frame recognised, trimmed to what it asks about: "searching for an experienced GitHub Actions
    /// person to review our approach" → "GitHub Actions". Nothing is left → the text as it was.
    /// </summary>
    public static string Trim(string text)
    {
        var words = WithoutAskersPurpose(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        var end = words.Length;
        while (start < end && IsRequest(words[start]))
        {
            start++;
        }

        while (end > start && IsRequest(words[end - 1]))
        {
            end--;
        }

        return start == end ? text : string.Join(' ', words[start..end]);
    }

    /// <summary>"Kubernetes for a project starting next month" → "Kubernetes": why they ask is not what.</summary>
    public static string WithoutPurpose(string topic) => Purpose().Replace(topic, string.Empty) is { Length: > 0 } t ? t : topic;

    // Without a frame, "to validate …" may be the question itself ("How to validate a script address"): a purpose
    // is cut only after who is wanted ("… person to review our approach", "… expert for a project").
    private static string WithoutAskersPurpose(string text)
    {
        var match = Purpose().Match(text);
        if (!match.Success || match.Index == 0)
        {
            return text;
        }

        var before = text[..match.Index].TrimEnd();
        return IsRequest(before[(before.LastIndexOf(' ') + 1)..]) ? before : text;
    }

    private static bool OnlyRequest(string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(IsRequest);
    }

    private static bool IsRequest(string word)
    {
        var w = word.Trim('?', '!', '.', ',', ';', ':', '"', '«', '»', '(', ')', ' ');
        if (w.Length == 0)
        {
            return true;
        }

        // « l'équipe », « d'aide », « m'adresser », « qu'il », « s'y »: the word after the elision decides.
        var apostrophe = w.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe is 1 or 2 && w.Length > apostrophe + 1 && w[..apostrophe].ToLowerInvariant() is "l" or "d" or "m" or "qu" or "s" or "j" or "n" or "t")
        {
            var rest = w[(apostrophe + 1)..];
            return Words.Contains(rest) || rest.Equals("y", StringComparison.OrdinalIgnoreCase) || rest.Equals("il", StringComparison.OrdinalIgnoreCase);
        }

        return Words.Contains(w);
    }
}
