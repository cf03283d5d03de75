namespace ExpertBot.Expertise;

/// <summary>
/// The words <see cref="TextAnalyzer"/> reads across a hyphen, a slash or an apostrophe: a letter, or a stop word of two
/// letters, joined to its word is one term, as written without the mark ("t-sql" is "tsql", "S/4" "s4", "no-code"
/// "nocode", "on-call" "oncall"), and three French words that would read
/// as curated aliases give none. Reads folded text, as the analyser does.
/// </summary>
internal static class JoinedWords
{
    // Two French words that read as curated aliases: the particle of « ci-joint », « ci-dessous », « celle-ci »,
    // always joined by a hyphen, would be CI of continuous integration (a thousand attachments of OrgSim seed 7
    // answered "CI/CD"; "CI-CD" keeps its "ci"), and the verb of « j'ai », « n'ai » (5,000 items there) AI.
    //
    // And the noun of « une vue CDS », « point de vue », « en vue de », « vue d'ensemble », which would be Vue.js: after
    // a French determiner or preposition, or before « d' » (OrgSim seed 7: a controller's SAP notes were Vue.js work).
    // "Vue 3", "the Vue app", « sur Vue Router », "Vue.js" stay the framework.
    public static bool IsFrenchParticle(string s, int tokenStart, int tokenEnd, int end)
    {
        if (tokenEnd - tokenStart is 3 or 4 && s.AsSpan(tokenStart, tokenEnd - tokenStart) is "vue" or "vues")
        {
            var opensWord = tokenStart == 0 || char.IsWhiteSpace(s[tokenStart - 1]);
            return tokenEnd == end
                && ((opensWord && FrenchDeterminers.Contains(LastLetters(TextAnalyzer.WordBefore(s, tokenStart))))
                    || TextAnalyzer.WordAfter(s, end).StartsWith("d'", StringComparison.Ordinal));
        }

        if (tokenEnd - tokenStart != 2)
        {
            return false;
        }

        var token = s.AsSpan(tokenStart, 2);
        return token switch
        {
            "ci" => (tokenStart > 0 && s[tokenStart - 1] == '-')
                || (tokenEnd + 1 < end && s[tokenEnd] == '-' && !s.AsSpan(tokenEnd + 1).StartsWith("cd", StringComparison.Ordinal)),
            "ai" => tokenStart >= 2 && s[tokenStart - 1] == '\'' && s[tokenStart - 2] is 'j' or 'n'
                && (tokenStart == 2 || !char.IsLetterOrDigit(s[tokenStart - 3])),
            _ => false,
        };
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchDeterminers = new HashSet<string>(StringComparer.Ordinal)
    {
        "une", "la", "de", "d", "des", "les", "ces", "cette", "sa", "ses", "ma", "mes", "ta", "tes", "notre", "nos", "votre", "vos",
        "leur", "leurs", "en", "point", "bonne", "nouvelle", "premiere", "meme", "autre",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The letters that end a word (« d'une » gives « une », "(la" « la »).
    private static ReadOnlySpan<char> LastLetters(ReadOnlySpan<char> word)
    {
        var start = word.Length;
        while (start > 0 && char.IsLetter(word[start - 1]))
        {
            start--;
        }

        return word[start..];
    }

    // The end of "t-sql" read from its letter: one letter that opens the word or follows a mark other than a
    // hyphen ("(e-mail"), a hyphen, then a word of at least two letters that is not a stop word. 0 when it is not
    // one: "a-t-il", "va-t-en" and "c'est-à-dire" stay French; "x-86" and "b2b-e" are not joined.
    // "S/4", "S/4HANA", "R/3" join the same way: a letter, a slash, then a word that starts with a digit.
    public static int LetterPrefixEnd(string s, int i, int start, int end)
    {
        if (i + 2 < end && s[i + 1] == '/' && char.IsAsciiDigit(s[i + 2]) && char.IsLetter(s[i]) && (i == start || !char.IsLetterOrDigit(s[i - 1])))
        {
            return TextAnalyzer.AlnumEnd(s, i + 2, end);
        }

        // "no-code", "on-call", "in-house": a stop word of two letters joined to its word is part of it, or the curated
        // aliases "no-code" (Power Platform) and "on-call" (incident management) were "code" and "call".
        var prefix = i + 2 < end && s[i + 2] == '-' && TextAnalyzer.IsStopWord(s.AsSpan(i, 2)) ? 2 : 1;
        if (i + prefix + 2 >= end || s[i + prefix] != '-' || !char.IsLetter(s[i]) || (i > start && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '-')))
        {
            return 0;
        }

        var wordEnd = i + prefix + 1;
        while (wordEnd < end && char.IsLetter(s[wordEnd]))
        {
            wordEnd++;
        }

        var word = s.AsSpan(i + prefix + 1, wordEnd - i - prefix - 1);
        return word.Length >= 2 && (wordEnd == end || !char.IsDigit(s[wordEnd])) && !TextAnalyzer.IsStopWord(word) ? wordEnd : 0;
    }
}
