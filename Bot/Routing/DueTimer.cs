namespace ExpertBot.Routing;

/// <summary>A moment a question must be looked at again.</summary>
internal sealed record DueTimer(string TenantId, string QuestionId, DueKind Kind, DateTimeOffset At);

internal enum DueKind
{
    /// <summary>An asked expert's answer window ends: expire who did not answer, ask the next people.</summary>
    Window,

    /// <summary>A few days after an introduction: ask the asker whether the expert helped.</summary>
    Thanks,

    /// <summary>The question's keeping time is over: delete it.</summary>
    Purge,
}
