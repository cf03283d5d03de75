using System.Diagnostics;
using Microsoft.Extensions.Options;
using ExpertBot.Hosting;

namespace ExpertBot.Teams;

/// <summary>
/// Message turns run here, after the Bot Connector's request has been answered: the Connector gives up on a
/// request after about 15 s and redelivers, so a turn that waits on a slow connector or storage must not hold it.
/// One conversation's turns run in the order they arrived, one at a time; different conversations run side by
/// side up to a limit. A redelivered activity is recognised and not answered twice. On shutdown, what is
/// queued is finished within the host's shutdown timeout.
/// </summary>
internal sealed partial class TurnQueue : IHostedService, IDisposable
{
    private readonly IActivityHandler handler;
    private readonly TurnOptions options;
    private readonly ILogger<TurnQueue> logger;
    private readonly RecentActivities recent;
    private readonly SemaphoreSlim running;
    private readonly CancellationTokenSource abandon = new();
    private readonly CancellationToken abandoned;
    private readonly object gate = new();
    private readonly Dictionary<string, Queue<QueuedTurn>> lanes = new(StringComparer.Ordinal);
    private TaskCompletionSource idle = Completed();
    private int queued;
    private bool stopping;

    public TurnQueue(IActivityHandler handler, IOptions<TurnOptions> options, TimeProvider time, ILogger<TurnQueue> logger)
    {
        this.handler = handler;
        this.options = options.Value;
        this.logger = logger;
        recent = new RecentActivities(time, this.options.RedeliveryWindow, this.options.RememberedActivities);
        running = new SemaphoreSlim(this.options.MaxConcurrentTurns);
        abandoned = abandon.Token;
    }

    /// <summary>Queues a message turn; the caller answers the Connector with what this says.</summary>
    public Queued Enqueue(Activity activity)
    {
        var conversation = activity.Conversation!.Id!;
        QueuedTurn first;
        lock (gate)
        {
            if (stopping)
            {
                return Queued.ShuttingDown;
            }

            if (queued >= options.MaxQueuedTurns
                || (lanes.TryGetValue(conversation, out var waiting) && waiting.Count >= options.MaxQueuedPerConversation))
            {
                LogFull(logger, queued);
                return Queued.Full;
            }

            if (!recent.FirstDelivery(conversation, activity.Id))
            {
                LogRedelivery(logger);
                return Queued.Duplicate;
            }

            if (queued++ == 0)
            {
                idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            // The turn's span continues the inbound request's trace, though it runs after the request has ended.
            var turn = new QueuedTurn(activity, System.Diagnostics.Activity.Current?.Context ?? default);
            if (lanes.TryGetValue(conversation, out var lane))
            {
                // The lane's runner is busy with this conversation's earlier turns; it will take this one next.
                lane.Enqueue(turn);
                return Queued.Accepted;
            }

            lanes[conversation] = new Queue<QueuedTurn>();
            first = turn;
        }

        _ = Task.Run(() => RunLaneAsync(conversation, first));
        return Queued.Accepted;
    }

    /// <summary>Completes when nothing is queued or running (tests wait on it; shutdown drains with it).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return idle.Task.WaitAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task drained;
        lock (gate)
        {
            stopping = true;
            drained = idle.Task;
        }

        try
        {
            await drained.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout is over: turns still waiting are abandoned (the Connector does not
            // redeliver an activity it was answered 200 for, so these people get no answer; logged with the count).
            LogAbandoned(logger, Volatile.Read(ref queued));
            await abandon.CancelAsync();
        }
    }

    /// <summary>
    /// Turns still running when the services they use are disposed are abandoned. Neither the semaphore nor the
    /// token source is disposed: a lane abandoned at shutdown may still release the one on its way out, a stop that
    /// comes after disposal (WebApplicationFactory disposes its server before it stops the host) may still cancel
    /// the other, and neither holds anything to free (no wait handle was asked for, no timer was set).
    /// </summary>
    public void Dispose() => abandon.Cancel();

    private async Task RunLaneAsync(string conversation, QueuedTurn first)
    {
        for (QueuedTurn? next = first; next is not null; next = Next(conversation))
        {
            await running.WaitAsync(CancellationToken.None);
            var activity = next.Activity;
            using var scope = logger.BeginScope(ActivityLogScope.For(activity));
            // Ids only: the type is the sender's string, so it is tagged only when it is one the bot knows.
            using var span = Telemetry.Source.StartActivity("turn", ActivityKind.Internal, next.Parent);
            span?.SetTag("bot.activity.type", activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate ? activity.Type : "other");
            try
            {
                await handler.HandleAsync(activity, abandoned);
            }
            catch (Exception ex)
            {
                // The handler already apologises for a feature's failure; this is a failure to deliver at all.
                span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
                LogTurnFailed(logger, ex.GetType().Name);
            }
            finally
            {
                running.Release();
                Done();
            }
        }
    }

    private QueuedTurn? Next(string conversation)
    {
        lock (gate)
        {
            var lane = lanes[conversation];
            if (lane.Count > 0)
            {
                return lane.Dequeue();
            }

            lanes.Remove(conversation);
            return null;
        }
    }

    private void Done()
    {
        lock (gate)
        {
            if (--queued == 0)
            {
                idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }

    private sealed record QueuedTurn(Activity Activity, ActivityContext Parent);

    /// <summary>What became of an activity offered to the queue.</summary>
    public enum Queued
    {
        Accepted,
        Duplicate,
        Full,
        ShuttingDown,
    }

    [LoggerMessage(EventId = EventIds.Teams.TurnRedelivered, Level = LogLevel.Information, Message = "A redelivered activity was recognised and not answered again")]
    private static partial void LogRedelivery(ILogger logger);

    [LoggerMessage(EventId = EventIds.Teams.TurnQueueFull, Level = LogLevel.Warning, Message = "The turn queue is full ({Queued} waiting): answered 429")]
    private static partial void LogFull(ILogger logger, int queued);

    [LoggerMessage(EventId = EventIds.Teams.TurnFailed, Level = LogLevel.Error, Message = "A turn could not be completed: {Exception}")]
    private static partial void LogTurnFailed(ILogger logger, string exception);

    [LoggerMessage(EventId = EventIds.Teams.TurnsAbandoned, Level = LogLevel.Error, Message = "Shutdown timeout: {Queued} queued turns abandoned")]
    private static partial void LogAbandoned(ILogger logger, int queued);
}
