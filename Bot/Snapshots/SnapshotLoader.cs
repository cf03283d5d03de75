using System.Diagnostics;
using ExpertBot.Expertise;
using Microsoft.Extensions.Options;

namespace ExpertBot.Snapshots;

/// <summary>Loads the configured snapshot at start and publishes its index; the bot answers "not ready" until then.</summary>
internal sealed partial class SnapshotLoader(
    IOptions<ExpertiseOptions> options,
    ExpertiseCatalog catalog,
    ILogger<SnapshotLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.SnapshotPath is not { Length: > 0 } path)
        {
            LogNoSnapshot(logger);
            return;
        }

        try
        {
            var watch = Stopwatch.StartNew();
            var organisation = await SnapshotReader.ReadAsync(path, stoppingToken);
            var index = await Task.Run(() => ExpertIndex.Build(organisation), stoppingToken);
            catalog.Publish(options.Value.SnapshotTenantId, index);
            LogLoaded(logger, path, index.PeopleCount, index.ItemCount, watch.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is IOException or SnapshotFormatException or UnauthorizedAccessException)
        {
            LogFailed(logger, path, ex.Message);
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Snapshot {Path} loaded: {People} people, {Items} searchable items, in {ElapsedMs} ms")]
    private static partial void LogLoaded(ILogger logger, string path, int people, int items, long elapsedMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "Snapshot {Path} could not be loaded: {Reason}")]
    private static partial void LogFailed(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "No snapshot configured (Expertise:SnapshotPath); waiting for another evidence source")]
    private static partial void LogNoSnapshot(ILogger logger);
}
