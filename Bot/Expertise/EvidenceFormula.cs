namespace ExpertBot.Expertise;

/// <summary>
/// How the three kinds of evidence make one score, in one place: search, "my expertise" and the bounds that let
/// a search skip people all call it. Work shows (already weighed by kind, age, substance and activity); what a
/// person says counts a little alone and more when their work or colleagues corroborate it; what colleagues
/// vouch counts a little alone and fully when the person's own work corroborates it.
/// </summary>
internal static class EvidenceFormula
{
    /// <summary>What colleagues vouch before corroboration: one credible endorsement is worth VouchWeight of a strong item, more with diminishing returns.</summary>
    public static double FullVouch(double mass, double reference, ExpertiseSettings settings) =>
        mass > 0 ? settings.VouchWeight * reference * Math.Log2(1 + mass) : 0;

    /// <summary>The parts of a person's score: Score = Shows + Says + Vouch.</summary>
    public static ScoreParts Combine(double shows, double corroborates, double declared, double fullVouch, double reference, ExpertiseSettings settings)
    {
        var scale = settings.CorroborationItems * (reference > 0 ? reference : 1);
        var work = Math.Min(1, corroborates / scale);
        var vouch = fullVouch * (settings.VouchAlone + ((1 - settings.VouchAlone) * work));
        var says = 0.0;
        if (declared > 0)
        {
            var corroboration = Math.Min(1, (corroborates + vouch) / scale);
            says = declared * (settings.DeclaredAlone + ((settings.DeclaredCorroborated - settings.DeclaredAlone) * corroboration));
        }

        return new ScoreParts(shows, says, vouch);
    }

    /// <summary>
    /// How evenly a person's work shows each topic of a question of several ("Oracle Database and Redis"), as a
    /// factor of their whole score: the geometric mean, over the topics, of how much of a strong showing their
    /// work on each holds (<paramref name="shown"/> against <paramref name="strong"/>, at most all of it), each
    /// lifted by <see cref="BalanceFloor"/> so that one missing topic lowers a person without erasing them.
    /// Someone who shows both comes before someone who shows one very well; among those who show both, the
    /// whole score decides. 1 for a one-topic question.
    /// </summary>
    public static double Balance(ReadOnlySpan<float> shown, ReadOnlySpan<float> strong)
    {
        if (shown.Length < 2)
        {
            return 1;
        }

        var product = 1.0;
        for (var t = 0; t < shown.Length; t++)
        {
            var held = strong[t] > 0 ? Math.Min(1, shown[t] / strong[t]) : 1;
            product *= (held + BalanceFloor) / (1 + BalanceFloor);
        }

        // Two topics, the usual list, take the square root: the same mean, without a general power per person.
        return shown.Length == 2 ? Math.Sqrt(product) : Math.Pow(product, 1.0 / shown.Length);
    }

    /// <summary>What a topic nobody's work shows still counts in <see cref="Balance"/>, as a share of a strong showing.</summary>
    public const double BalanceFloor = 0.02;

    /// <summary>
    /// The factor by which thanks from routed questions lift what a person's work shows on the topic: a tenth per doubling of the
    /// colleagues who said they helped, at most 30 %. A multiplier of "shows", so it never gives a score to someone
    /// whose work does not show the topic, and never lets a few thanks outrank much stronger work. Callers multiply
    /// the shows ceiling by it too, so the search's bounds stay exact.
    /// </summary>
    public static double ThanksLift(int thanks) => thanks > 0 ? 1 + Math.Min(MaxThanksLift, ThanksPerDoubling * Math.Log2(1 + thanks)) : 1;

    private const double ThanksPerDoubling = 0.1;
    private const double MaxThanksLift = 0.3;

    /// <summary>The most a person can score given a ceiling on what their work shows: every corroboration complete.</summary>
    public static double Ceiling(double showsCeiling, double declared, double fullVouch, ExpertiseSettings settings) =>
        showsCeiling + (fullVouch * Math.Max(1, settings.VouchAlone)) + (declared * Math.Max(settings.DeclaredAlone, settings.DeclaredCorroborated));
}
