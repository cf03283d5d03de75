using ExpertBot.Expertise;
using ExpertBot.Snapshots;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ExpertBot.Tests.Snapshots;

/// <summary>The bot's start: the snapshot's index is built once, saved, and loaded on the next start.</summary>
public sealed class SnapshotLoaderTests : IDisposable
{
    private readonly string snapshot = TestSnapshot.Write();
    private readonly string cache = Path.Combine(Path.GetTempPath(), $"index-{Guid.NewGuid():N}.bin");

    public void Dispose()
    {
        Directory.Delete(snapshot, recursive: true);
        File.Delete(cache);
    }

    private async Task<ExpertIndex> StartAsync()
    {
        var catalog = new ExpertiseCatalog();
        using var loader = new SnapshotLoader(
            Options.Create(new ExpertiseOptions { SnapshotPath = snapshot, IndexCachePath = cache }),
            catalog,
            NullLogger<SnapshotLoader>.Instance);
        await loader.StartAsync(CancellationToken.None);
        await loader.ExecuteTask!;
        return catalog.For("any tenant") ?? throw new InvalidOperationException("nothing was published");
    }

    [Fact]
    public async Task The_first_start_saves_the_index_and_the_next_loads_it_with_the_same_answers()
    {
        var built = await StartAsync();
        Assert.True(File.Exists(cache));
        var saved = File.GetLastWriteTimeUtc(cache);

        var loaded = await StartAsync();

        Assert.Equal(saved, File.GetLastWriteTimeUtc(cache));
        Assert.Equal(built.Search("kubernetes").Select(m => m.Person.Id), loaded.Search("kubernetes").Select(m => m.Person.Id));
        Assert.NotEmpty(loaded.Search("kubernetes"));
    }

    [Fact]
    public async Task A_snapshot_changed_after_the_save_is_rebuilt()
    {
        await StartAsync();
        File.SetLastWriteTimeUtc(cache, DateTime.UtcNow.AddHours(-1));
        var stale = File.GetLastWriteTimeUtc(cache);

        await StartAsync();

        Assert.True(File.GetLastWriteTimeUtc(cache) > stale);
    }

    [Fact]
    public async Task A_damaged_saved_index_is_ignored_and_rebuilt()
    {
        await File.WriteAllTextAsync(cache, "not an index");

        var index = await StartAsync();

        Assert.NotEmpty(index.Search("kubernetes"));
        Assert.NotEqual("not an index", await File.ReadAllTextAsync(cache));
    }
}
