using System.Text;
using ExpertBot.Expertise;

namespace ExpertBot.Tests.Expertise;

/// <summary>How English and French text becomes index terms, and which names survive whole.</summary>
public sealed class TextAnalyzerTests
{
    [Fact]
    public void Terms_DotNet_IsOneDistinctiveTerm()
    {
        Assert.Equal([".net"], TextAnalyzer.Terms(".NET"));
        Assert.Equal([".net", "core"], TextAnalyzer.Terms(".NET Core"));
    }

    [Theory]
    [InlineData("ASP.NET", "asp.net")]
    [InlineData("Node.js", "node.js")]
    [InlineData("Vue.js", "vue.js")]
    [InlineData("socket.io", "socket.io")]
    [InlineData("L&D", "l&d")]
    [InlineData("R&D", "r&d")]
    [InlineData("S&OP", "s&op")]
    [InlineData("C#", "c#")]
    [InlineData("F#", "f#")]
    [InlineData("C++", "c++")]
    [InlineData("Notepad++", "notepad++")]
    [InlineData("CI/CD", "ci/cd")]
    [InlineData("ci/cd", "ci/cd")]
    [InlineData("TCP/IP", "tcp/ip")]
    [InlineData("PL/SQL", "pl/sql")]
    [InlineData("(.NET)", ".net")]
    [InlineData("ASP.NET.", "asp.net")]
    public void Terms_TechnologyNameWithPunctuation_IsOneTerm(string text, string term) => Assert.Equal([term], TextAnalyzer.Terms(text));

    [Fact]
    public void Terms_NamesInASentence_AreEachOneTerm() =>
        Assert.Equal(["asp.net", ".net", "node.js", "c#", "c++", "ci/cd"], TextAnalyzer.Terms("ASP.NET and .NET, Node.js, C#, C++ or CI/CD?"));

    [Theory]
    [InlineData("TA", "ta")]
    [InlineData("Anyone new to TA should start with structured interviews", "new ta start structured interview")]
    [InlineData("Sign the SCCs with the US processor.", "sign scc us processor")]
    [InlineData("CE marking of the new pump (CE)", "ce marking new pump ce")]
    [InlineData("IT security, OR models", "it security or model")]
    public void Terms_StopWordInCapitalsAmidLowerCase_IsAnAcronymKept(string text, string terms) =>
        Assert.Equal(terms.Split(' '), TextAnalyzer.Terms(text));

    [Theory]
    [InlineData("localization", "localisation")]
    [InlineData("Localizations", "localisations")]
    [InlineData("optimizing", "optimising")]
    [InlineData("organized", "organised")]
    [InlineData("analyze", "analyse")]
    [InlineData("analyzer", "analyser")]
    [InlineData("labor law", "labour law")]
    [InlineData("behaviors", "behaviours")]
    [InlineData("favorite colors", "favourite colours")]
    public void Terms_AmericanAndBritishSpellings_Meet(string american, string british) =>
        Assert.Equal(TextAnalyzer.Terms(british), TextAnalyzer.Terms(american));

    [Theory]
    [InlineData("size", "sise")]
    [InlineData("prize", "prise")]
    [InlineData("hour", "hor")]
    [InlineData("tour", "tor")]
    [InlineData("citizen", "citisen")]
    public void Terms_ShortWordsWithTheseEndings_AreNotRespelled(string word, string respelled) =>
        Assert.NotEqual(TextAnalyzer.Terms(respelled), TextAnalyzer.Terms(word));

    [Theory]
    [InlineData("ta", "")]
    [InlineData("who knows it", "know")]
    [InlineData("Please DO NOT restart the broker", "restart broker")]
    [InlineData("HOW IT WORKS", "work")]
    [InlineData("IT IS DONE", "done")]
    [InlineData("Tant que ta TAF n'est pas finie", "tant taf finie")]
    public void Terms_StopWordInLowerCaseOrAsEmphasis_IsDropped(string text, string terms) =>
        Assert.Equal(terms.Split(' ', StringSplitOptions.RemoveEmptyEntries), TextAnalyzer.Terms(text));

    [Fact]
    public void Terms_CiAndCd_StaysTwoWords() => Assert.Equal(["ci", "cd"], TextAnalyzer.Terms("CI and CD"));

    [Theory]
    [InlineData("and/or")]
    [InlineData("he/she")]
    public void Terms_SlashBetweenStopWords_GivesNothing(string text) => Assert.Empty(TextAnalyzer.Terms(text));

    [Theory]
    [InlineData("client/server", "client server")]
    [InlineData("src/bot/app", "src bot app")]
    [InlineData("CI/CD/CT", "CI CD CT")]
    public void Terms_SlashBetweenLongWordsOrInPaths_SplitsLikeASpace(string text, string spaced) =>
        Assert.Equal(TextAnalyzer.Terms(spaced), TextAnalyzer.Terms(text));

    [Theory]
    [InlineData("rock&roll", "rock roll")]
    [InlineData("Tom & Jerry", "Tom Jerry")]
    [InlineData("a&b&c", "a b c")]
    public void Terms_AmpersandBetweenLongWordsOrChained_SplitsLikeASpace(string text, string spaced) =>
        Assert.Equal(TextAnalyzer.Terms(spaced), TextAnalyzer.Terms(text));

    [Theory]
    [InlineData("I worked in Kubernetes. Next came Helm", "I worked in Kubernetes Next came Helm")]
    [InlineData("the end.Next step", "the end Next step")]
    [InlineData("Kubernetes.Then Helm", "Kubernetes Then Helm")]
    [InlineData("ran it in 2024. Then", "ran it in 2024 Then")]
    [InlineData("e.g. Terraform", "e g Terraform")]
    public void Terms_DotNotJoiningAName_SplitsLikeASpace(string text, string spaced) =>
        Assert.Equal(TextAnalyzer.Terms(spaced), TextAnalyzer.Terms(text));

    [Fact]
    public void Terms_SentenceEndingWithDot_KeepsTheLastWordStemmedAsUsual() =>
        Assert.Equal(["kubernete", "next"], TextAnalyzer.Terms("in Kubernetes. Next"));

    [Theory]
    [InlineData("Python 3.12", "python", "3.12")]
    [InlineData("cluster upgrade to 1.31", "cluster", "upgrade", "1.31")]
    [InlineData("C++17", "c++", "17")]
    public void Terms_VersionNumber_StaysWhole(string text, params string[] terms) => Assert.Equal(terms, TextAnalyzer.Terms(text));

    [Theory]
    [InlineData("a+b", "b")]
    [InlineData("issue#123", "issue", "123")]
    [InlineData("#kubernetes", "kubernete")]
    public void Terms_SymbolsNotEndingAName_AreDropped(string text, params string[] terms) => Assert.Equal(terms, TextAnalyzer.Terms(text));

    [Theory]
    [InlineData("Node.js")]
    [InlineData("Vue.js")]
    [InlineData("ASP.NET")]
    [InlineData("socket.io")]
    public void Terms_TokenWithPunctuation_IsNotStemmed(string name) =>
        Assert.Equal(name.ToLowerInvariant(), Assert.Single(TextAnalyzer.Terms(name)));

    [Theory]
    [InlineData("clusters", "cluster")]
    [InlineData("policies", "policy")]
    [InlineData("réseaux", "reseau")]
    [InlineData("réseau", "reseau")]
    [InlineData("journaux", "journal")]
    [InlineData("class", "class")]
    public void Terms_PlainWord_IsStillLightlyStemmed(string word, string stem) => Assert.Equal([stem], TextAnalyzer.Terms(word));

    [Theory]
    [InlineData("l'apprentissage automatique", "apprentissage", "automatique")]
    [InlineData("l’apprentissage", "apprentissage")]
    [InlineData("d'intégration continue", "integration", "continue")]
    [InlineData("qu'il connaît l'IA", "connait", "ia")]
    public void Terms_FrenchElision_KeepsTheWordAfterTheApostrophe(string text, params string[] terms) => Assert.Equal(terms, TextAnalyzer.Terms(text));

    // "T-SQL" was "sql" (the French elision "t" is a stop word): the alias of SQL Server read every database.
    [Theory]
    [InlineData("T-SQL", "tsql")]
    [InlineData("TSQL", "tsql")]
    [InlineData("e-commerce", "ecommerce")]
    [InlineData("e-mails", "email")]
    [InlineData("(k-means)", "kmean")]
    [InlineData("l'e-learning", "elearning")]
    [InlineData("S/4", "s4")]
    [InlineData("SAP S/4HANA", "sap", "s4hana")]
    [InlineData("R/3", "r3")]
    [InlineData("No-code and low-code", "nocode", "low", "code")]
    [InlineData("a no-show", "noshow")]
    [InlineData("on-call rota", "oncall", "rota")]
    [InlineData("mono-repo", "mono", "repo")]
    public void Terms_LetterJoinedToAWordByAHyphen_IsOneTerm_AsWrittenWithoutIt(string text, params string[] terms) =>
        Assert.Equal(terms, TextAnalyzer.Terms(text));

    // « ci-joint » in a thousand attachments was the curated alias CI of continuous integration, « j'ai » AI, and
    // « une vue CDS » in SAP notes Vue.js.
    [Theory]
    [InlineData("voir le fichier ci-joint", "voir", "fichier", "joint")]
    [InlineData("les étapes ci-dessous", "etape", "dessous")]
    [InlineData("celle-ci et ce mois-ci", "celle", "mois")]
    [InlineData("CI-CD pipeline", "ci", "cd", "pipeline")]
    [InlineData("CI and CD", "ci", "cd")]
    [InlineData("j'ai suivi une formation AI", "suivi", "formation", "ai")]
    [InlineData("je n’ai pas lu", "lu")]
    [InlineData("créer une vue CDS", "creer", "cds")]
    [InlineData("de mon point de vue", "point")]
    [InlineData("en vue de la migration", "migration")]
    [InlineData("Vue d'ensemble du projet", "ensemble", "projet")]
    [InlineData("Vue 3 et Vue Router", "vue", "3", "vue", "router")]
    [InlineData("the Vue app, sur Vue Router", "vue", "app", "vue", "router")]
    [InlineData("qui connaît Vue ?", "connait", "vue")]
    public void Terms_FrenchWordsThatReadAsAliases_GiveNoTerm(string text, params string[] terms) =>
        Assert.Equal(terms, TextAnalyzer.Terms(text));

    [Theory]
    [InlineData("y a-t-il un expert ?", "expert")]
    [InlineData("c'est-à-dire", "dire")]
    [InlineData("x-86 b2b-e", "x", "86", "b2b", "e")]
    [InlineData("machine-learning", "machine", "learning")]
    [InlineData("w/o the a/b test", "w", "o", "b", "test")]
    public void Terms_HyphenNotAfterALoneLetter_SplitsAsBefore(string text, params string[] terms) =>
        Assert.Equal(terms, TextAnalyzer.Terms(text));

    [Fact]
    public void Terms_AccentedAndPlainSpellings_Meet()
    {
        Assert.Equal(TextAnalyzer.Terms("connait securite"), TextAnalyzer.Terms("connaît sécurité"));
        Assert.Equal(TextAnalyzer.Terms("Cybersécurité"), TextAnalyzer.Terms("Cybersécurité".Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("Who knows the Kubernetes API?", "know", "kubernete", "api")]
    [InlineData("qui connaît le droit du travail ?", "connait", "droit", "travail")]
    [InlineData("SD-WAN", "sd", "wan")]
    public void Terms_StopWordsOfBothLanguages_AreDropped(string text, params string[] terms) => Assert.Equal(terms, TextAnalyzer.Terms(text));

    [Theory]
    [InlineData("see https://contoso.sharepoint.com/sites/k8s about Terraform", "see", "terraform")]
    [InlineData("on www.contoso.com/docs about Terraform", "terraform")]
    [InlineData("(<https://github.com/org/repo>) Terraform", "terraform")]
    [InlineData("mail jane.doe@contoso.com about Terraform", "mail", "terraform")]
    public void Terms_LinksAndEmailAddresses_GiveNoTerms(string text, params string[] terms) => Assert.Equal(terms, TextAnalyzer.Terms(text));

    [Theory]
    [InlineData("@jane knows Terraform", "jane", "know", "terraform")]
    [InlineData("Kubernetes@scale.", "kubernete", "scale")]
    public void Terms_AtSignOutsideAnAddress_SplitsLikeASpace(string text, params string[] terms) => Assert.Equal(terms, TextAnalyzer.Terms(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  . / + # ...  ")]
    public void Terms_NoWords_GivesNothing(string? text) => Assert.Empty(TextAnalyzer.Terms(text));

    [Fact]
    public void Terms_TextWithInvalidCodePoints_KeepsTheWordsAroundThem()
    {
        // Lone surrogates and U+FFFE made Unicode normalisation throw (a fuzzed question got a 500).
        string[] texts = ["kubernetes\ud800 helm", "kubernetes \udc00helm", "kubernetes\ufffe helm", "\ud83dkubernetes helm\ud83d"];

        Assert.All(texts, text => Assert.Equal(TextAnalyzer.Terms("kubernetes helm"), TextAnalyzer.Terms(text)));
    }

    [Fact]
    public void LowerInvariant_AgreesWithTheRuntimeOnEveryCharacterAndOnLettersBeyondTheFirstPlane()
    {
        // Every character of the first plane after an ASCII run (the fast path's seam), then letters of other planes
        // (Deseret 𐐀, Adlam 𞤀) and a lone surrogate, which the runtime keeps as they are.
        var all = new StringBuilder("ÉTÉ Œuvre ");
        for (var c = 0x80; c <= 0xFFFF; c++)
        {
            all.Append("Ab").Append((char)c);
        }

        string[] texts = [all.ToString(), "KUBERNETES", "Déjà VU 𐐀𐐁 ABC 𞤀", "A\ud801B", "\ud801", "x\udc00Y"];

        Assert.All(texts, text => Assert.Equal(text.ToLowerInvariant(), TextFolding.LowerInvariant(text)));
    }

    [Fact]
    public void Fold_LowerCasesDropsAccentsAndSpellsOutLigatures() =>
        Assert.Equal("l'oeuvre d'ete, strasse et caesar a noel", TextFolding.Fold("L’Œuvre d’Été, Straße et Cæsar à Noël"));
}
