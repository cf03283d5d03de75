using System.ComponentModel.DataAnnotations;

namespace ExpertBot.Teams;

/// <summary>How turns are queued and answered (configuration section "Turns").</summary>
internal sealed class TurnOptions
{
    public const string Section = "Turns";

    /// <summary>
    /// An invoke is answered in its HTTP response, which Teams waits for about 15 s before it retries
    /// (learn.microsoft.com/microsoftteams/platform/bots/bot-basics); past this the person is told to try again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:14")]
    public TimeSpan InvokeDeadline { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Turns run at the same time across conversations; one conversation's turns always run one by one.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentTurns { get; set; } = 64;

    /// <summary>Turns waiting in the whole process; past this the endpoint answers 429 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int MaxQueuedTurns { get; set; } = 10_000;

    /// <summary>Turns waiting in one conversation: a flood in one chat cannot starve the others.</summary>
    [Range(1, 10_000)]
    public int MaxQueuedPerConversation { get; set; } = 100;

    /// <summary>How long an activity id is remembered, to answer a redelivered activity only once.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan RedeliveryWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>At most this many activity ids remembered (oldest forgotten first).</summary>
    [Range(1000, 10_000_000)]
    public int RememberedActivities { get; set; } = 200_000;
}
