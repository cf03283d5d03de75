using System.ComponentModel.DataAnnotations;

namespace ExpertBot.Routing;

/// <summary>
/// How questions are routed to experts ("Ask them"): how many are asked at once, how long they have, how many
/// routed questions one person receives a week, and when the asker is asked whether the expert helped.
/// </summary>
internal sealed class RoutingOptions : IValidatableObject
{
    public const string Section = "Routing";

    /// <summary>Whether the results card offers "Ask them" and the scheduler runs; off, nobody is ever asked.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many experts are asked at the same time; the first to accept is put in touch.</summary>
    [Range(1, 5)]
    public int BatchSize { get; set; } = 2;

    /// <summary>How many of the search's top people may be asked in all, batch after batch.</summary>
    [Range(1, 20)]
    public int MaxCandidates { get; set; } = 8;

    /// <summary>The most routed questions one person receives per ISO week: nobody is pestered, the load is spread.</summary>
    [Range(1, 50)]
    public int WeeklyCap { get; set; } = 3;

    /// <summary>How long an asked expert has to answer before the question moves on to the next people.</summary>
    [Range(1, 24 * 14)]
    public int AnswerWindowHours { get; set; } = 24;

    /// <summary>How long after an introduction the asker is asked "Did they help?".</summary>
    [Range(1, 30)]
    public int ThanksAfterDays { get; set; } = 3;

    /// <summary>How long a routed question is kept (for the thanks and for "forget me") before it is deleted.</summary>
    [Range(7, 365)]
    public int KeepDays { get; set; } = 30;

    /// <summary>How often an instance looks for questions that are due (a timeout, a thanks follow-up).</summary>
    [Range(1, 3600)]
    public int ScanSeconds { get; set; } = 60;

    /// <summary>The term of the "routing" lease, renewed while a scan runs: of several instances one scans.</summary>
    [Range(1, 60)]
    public int LeaseMinutes { get; set; } = 2;

    /// <summary>The most characters of a question kept and forwarded (a card and a chat link carry it).</summary>
    [Range(50, 2000)]
    public int MaxQuestionLength { get; set; } = 500;

    public TimeSpan AnswerWindow => TimeSpan.FromHours(AnswerWindowHours);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A question purged before its "did they help?" would make the thanks impossible to give.
        if (TimeSpan.FromDays(KeepDays) <= ThanksAfter + AnswerWindow)
        {
            yield return new ValidationResult("KeepDays must be longer than ThanksAfterDays plus the answer window.", [nameof(KeepDays)]);
        }
    }

    public TimeSpan ThanksAfter => TimeSpan.FromDays(ThanksAfterDays);
}
