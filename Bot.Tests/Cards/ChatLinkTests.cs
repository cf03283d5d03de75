using ExpertBot.Cards;

namespace ExpertBot.Tests.Cards;

/// <summary>The Teams chat deep link: the UPN and the question each encoded whole, so neither can add a parameter.</summary>
public sealed class ChatLinkTests
{
    private const string Base = "https://teams.microsoft.com/l/chat/0/0?users=";

    [Theory]
    [InlineData("alice.martin@contoso.example", "who knows Kubernetes?", "alice.martin%40contoso.example&message=who%20knows%20Kubernetes%3F")]
    [InlineData("lea.o'neil@contoso.example", "C# & \"F#\"? Ça coûte 5 €", "lea.o%27neil%40contoso.example&message=C%23%20%26%20%22F%23%22%3F%20%C3%87a%20co%C3%BBte%205%20%E2%82%AC")]
    [InlineData("alice_contoso.com#EXT#@fabrikam.onmicrosoft.com", "a=b&users=mallory@evil.example", "alice_contoso.com%23EXT%23%40fabrikam.onmicrosoft.com&message=a%3Db%26users%3Dmallory%40evil.example")]
    [InlineData("bob@contoso.example", "l'équipe « droit » + 100% ?", "bob%40contoso.example&message=l%27%C3%A9quipe%20%C2%AB%20droit%20%C2%BB%20%2B%20100%25%20%3F")]
    public void The_upn_and_the_question_are_percent_encoded_whole(string upn, string question, string expected)
    {
        var link = ChatLink.For(upn, question);

        Assert.Equal(Base + expected, link);
        var query = new Uri(link!).Query.TrimStart('?').Split('&');
        Assert.Equal(["users=" + upn, "message=" + question], query.Select(Uri.UnescapeDataString));
    }

    [Fact]
    public void Without_a_question_the_link_opens_the_chat_with_nothing_typed()
    {
        Assert.Equal(Base + "bob%40contoso.example", ChatLink.For("bob@contoso.example", "  "));
        Assert.Equal(Base + "bob%40contoso.example", ChatLink.For("bob@contoso.example", null));
    }

    [Fact]
    public void A_long_question_is_cut_before_it_is_encoded()
    {
        var link = ChatLink.For("bob@contoso.example", new string('é', 500))!;

        var message = Uri.UnescapeDataString(link[(link.IndexOf("&message=", StringComparison.Ordinal) + 9)..]);
        Assert.Equal(ChatLink.MaxMessageLength, message.Length);
        Assert.EndsWith("…", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-an-address")]
    [InlineData("alice@localhost")]
    [InlineData("alice martin@contoso.example")]
    [InlineData("alice@contoso.example&users=mallory@evil.example")]
    [InlineData("javascript:alert(1)@contoso.example")]
    [InlineData("alice..martin@contoso.example")]
    [InlineData(".alice@contoso.example")]
    [InlineData("élodie@contoso.example")]
    [InlineData("alice@contoso.example\n")]
    public void No_link_for_a_missing_or_invalid_upn(string? upn)
    {
        Assert.Null(ChatLink.For(upn, "who knows Kubernetes?"));
    }

    [Fact]
    public void No_link_for_a_upn_longer_than_entra_allows()
    {
        Assert.Null(ChatLink.For(new string('a', 100) + "@contoso.example", null));
        Assert.NotNull(ChatLink.For(new string('a', 64) + "@contoso.example", null));
    }
}
