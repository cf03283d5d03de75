using ExpertBot.Conversation;
using ExpertBot.Expertise;
using ExpertBot.Localization;

namespace ExpertBot.Tests.Expertise;

/// <summary>An item without a title is shown by an excerpt of its text, and the index keeps only that excerpt.</summary>
public sealed class EvidenceExcerptTests
{
    private const string LongText =
        "Kubernetes upgrade notes\n\nWe drained each node\tone at a time, then upgraded the control plane before the workers, "
        + "checking the ingress after each step. " + "More detail follows. ";

    [Fact]
    public void The_index_keeps_the_excerpt_the_card_shows_on_one_line_and_cut_with_an_ellipsis()
    {
        var index = ExpertIndex.Build(new Organisation(
            [new Person { Id = "a", DisplayName = "Alice" }],
            [new EvidenceItem { Id = "1", PersonId = "a", Timestamp = DateTimeOffset.UnixEpoch, Kind = EvidenceKinds.Message, Text = LongText + new string('x', 6_000) }],
            []));

        var match = Assert.Single(index.Search("kubernetes"));
        var kept = Assert.Single(match.Evidence).Item.Text;
        var shown = Assert.Single(Assert.Single(ExpertsAnswer.ToCardModel("kubernetes", [match], Language.English).People).Shows).Title;

        Assert.Equal("Kubernetes upgrade notes We drained each node one at a time, then upgraded the control…", kept);
        Assert.Equal(kept, shown);
        Assert.Equal(kept, EvidenceItem.Excerpt(kept));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" \n\t ")]
    public void No_text_gives_no_excerpt(string? text) => Assert.Null(EvidenceItem.Excerpt(text));
}
