using ExpertBot.Localization;

namespace ExpertBot.Cards;

/// <summary>
/// What an answer to a question of several topics says of them ("k8s and terraform"): under the title, how many of
/// the people listed show every topic in their work, or that nobody does and each topic can be asked alone (nothing
/// when everyone listed shows them all); on each person, which of the topics their work shows.
/// </summary>
internal static class CoverageNote
{
    /// <summary>The note on the people of <paramref name="model"/>, or null; <paramref name="asText"/> makes each topic safe where it is shown (escaped on a card).</summary>
    public static string? For(ExpertsCardModel model, Func<string, string> asText)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(asText);
        if (model.ListedTopics is not { Count: > 1 } topics || model.People.Count == 0)
        {
            return null;
        }

        var showingAll = ShowingAll(model, topics);
        if (showingAll == model.People.Count)
        {
            return null;
        }

        var texts = Texts.For(model.Language);

        var named = topics.Select(asText).ToArray();
        var two = named.Length == 2;
        var all = two ? null : $"{string.Join(", ", named[..^1])} {texts["ListAnd"]} {named[^1]}";
        return showingAll == 0
            ? two ? texts.Format("CoverageNoneBoth", named[0], named[1]) : texts.Format("CoverageNoneAll", all)
            : two ? texts.Format("CoverageSomeBoth", showingAll, named[0], named[1]) : texts.Format("CoverageSomeAll", showingAll, all);
    }

    /// <summary>
    /// The topics of a question of several that nobody listed shows all of, each to be asked alone (the note then says
    /// so); empty otherwise, and for more than <see cref="MostAskedAlone"/> topics.
    /// </summary>
    public static IReadOnlyList<string> AskedAlone(ExpertsCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.ListedTopics is { Count: > 1 and <= MostAskedAlone } topics && model.People.Count > 0 && ShowingAll(model, topics) == 0 ? topics : [];
    }

    /// <summary>A question lists at most this many topics (QueryTopics.MostTopics); with "More people" and "Ask them", six buttons at most.</summary>
    public const int MostAskedAlone = 4;

    private static int ShowingAll(ExpertsCardModel model, IReadOnlyList<string> topics) => model.People.Count(p => p.ShownTopics?.Count == topics.Count);

    /// <summary>Which of the question's topics a person's work shows ("Work shows: k8s · terraform"), or null for a question of one topic.</summary>
    public static string? Of(PersonCardModel person, ExpertsCardModel model, Func<string, string> asText)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(model);
        return model.ListedTopics is { Count: > 1 } && person.ShownTopics is { Count: > 0 } shown
            ? Texts.For(model.Language).Format("WorkShowsTopics", string.Join(" · ", shown.Select(asText)))
            : null;
    }
}
