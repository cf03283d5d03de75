using System.Diagnostics;
using ExpertBot.Expertise;
using ExpertBot.Hosting;
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
            var cache = options.Value.IndexCachePath;
            var index = cache is { Length: > 0 } && IsFresh(cache, path)
                ? await LoadCachedAsync(cache, stoppingToken)
                : null;
            if (index is null)
            {
                var organisation = await SnapshotReader.ReadAsync(path, stoppingToken);
                index = await Task.Run(() => ExpertIndex.Build(organisation), stoppingToken);
                if (cache is { Length: > 0 })
                {
                    await SaveCachedAsync(cache, index, stoppingToken);
                }
            }

            catalog.Publish(options.Value.SnapshotTenantId, index);
            LogLoaded(logger, path, index.PeopleCount, index.ItemCount, watch.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is IOException or SnapshotFormatException or UnauthorizedAccessException)
        {
            LogFailed(logger, path, ex.Message);
        }
    }

    /// <summary>
    /// A saved index is used only when it is newer than every file of the snapshot it was built from and than
    /// the program itself (a new build may rank differently).
    /// </summary>
    private static bool IsFresh(string cache, string snapshot)
    {
        if (!File.Exists(cache))
        {
            return false;
        }

        var saved = File.GetLastWriteTimeUtc(cache);
        var program = typeof(ExpertIndex).Assembly.Location;
        return Directory.EnumerateFiles(snapshot, "*.jsonl").All(f => File.GetLastWriteTimeUtc(f) <= saved)
            && (program.Length == 0 || File.GetLastWriteTimeUtc(program) <= saved);
    }

    private async Task<ExpertIndex?> LoadCachedAsync(string cache, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(cache);
            return await ExpertIndexStore.LoadAsync(stream, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or SnapshotFormatException or FormatException)
        {
            // A damaged or older-format file is rebuilt, not trusted.
            LogCacheIgnored(logger, cache, ex.Message);
            return null;
        }
    }

    private async Task SaveCachedAsync(string cache, ExpertIndex index, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cache))!);
            var temporary = cache + ".tmp";
            await using (var stream = File.Create(temporary))
            {
                await ExpertIndexStore.SaveAsync(index, stream, cancellationToken);
            }

            File.Move(temporary, cache, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogCacheIgnored(logger, cache, ex.Message);
        }
    }

    [LoggerMessage(EventId = EventIds.Snapshots.CacheIgnored, Level = LogLevel.Warning, Message = "Saved index {Path} not used: {Reason}")]
    private static partial void LogCacheIgnored(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = EventIds.Snapshots.Loaded, Level = LogLevel.Information, Message = "Snapshot {Path} loaded: {People} people, {Items} searchable items, in {ElapsedMs} ms")]
    private static partial void LogLoaded(ILogger logger, string path, int people, int items, long elapsedMs);

    [LoggerMessage(EventId = EventIds.Snapshots.LoadFailed, Level = LogLevel.Error, Message = "Snapshot {Path} could not be loaded: {Reason}")]
    private static partial void LogFailed(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = EventIds.Snapshots.NotConfigured, Level = LogLevel.Information, Message = "No snapshot configured (Expertise:SnapshotPath); waiting for another evidence source")]
    private static partial void LogNoSnapshot(ILogger logger);
}
