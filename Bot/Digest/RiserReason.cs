using ExpertBot.Expertise;
using ExpertBot.Localization;

namespace ExpertBot.Digest;

/// <summary>The one line that says why someone is in the digest: "4 new documents, 1 post and 2 endorsements on Kubernetes in the last six weeks".</summary>
internal static class RiserReason
{
    private static readonly (string Kind, string Key)[] Kinds =
    [
        (EvidenceKinds.Document, "DigestItemDocument"),
        (EvidenceKinds.Answer, "DigestItemAnswer"),
        (EvidenceKinds.Post, "DigestItemPost"),
        (EvidenceKinds.Question, "DigestItemQuestion"),
        (EvidenceKinds.Message, "DigestItemMessage"),
        (EvidenceKinds.Comment, "DigestItemComment"),
    ];

    public static string Format(Riser riser, string topic, Language language)
    {
        ArgumentNullException.ThrowIfNull(riser);
        var texts = Texts.For(language);
        var parts = new List<string>();
        foreach (var (kind, key) in Kinds)
        {
            if (riser.ItemsByKind.TryGetValue(kind, out var n) && n > 0)
            {
                parts.Add(Count(texts, key, n));
            }
        }

        var others = riser.ItemsByKind.Where(k => !Array.Exists(Kinds, x => x.Kind == k.Key)).Sum(k => k.Value);
        if (others > 0)
        {
            parts.Add(Count(texts, "DigestItemOther", others));
        }

        if (riser.Endorsements > 0)
        {
            parts.Add(Count(texts, "DigestEndorsements", riser.Endorsements));
        }

        var list = parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts[..^1])} {texts["DigestAnd"]} {parts[^1]}";
        var reason = texts.Format("DigestReason", list, topic);
        return riser.IsNewcomer ? $"{reason} — {texts["DigestNewcomer"]}" : reason;
    }

    /// <summary>Resources hold "singular|plural"; French and English both use the singular for 1 only here.</summary>
    private static string Count(Texts texts, string key, int n)
    {
        var forms = texts[key].Split('|');
        return string.Format(texts.Language.Culture(), n == 1 || forms.Length == 1 ? forms[0] : forms[1], n);
    }
}
