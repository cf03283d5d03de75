using ExpertBot.Digest;
using ExpertBot.Expertise;
using ExpertBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace ExpertBot.Tests.Digest;

public sealed class SnapshotOrganisationSourceTests
{
    [Fact]
    public async Task A_failed_snapshot_read_is_not_remembered_the_next_digest_reads_again()
    {
        var written = TestSnapshot.Write();
        var path = written + "-later";
        try
        {
            var source = new SnapshotOrganisationSource(Options.Create(new ExpertiseOptions { SnapshotPath = path }));

            // The folder is not there yet (a share not mounted, a deployment still copying).
            await Assert.ThrowsAsync<DirectoryNotFoundException>(() => source.ForTenantAsync("tenant"));
            Directory.Move(written, path);

            var organisation = await source.ForTenantAsync("tenant");

            Assert.NotNull(organisation);
            Assert.NotEmpty(organisation.People);
        }
        finally
        {
            foreach (var folder in new[] { written, path }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_successful_read_is_kept_for_every_later_digest()
    {
        var path = TestSnapshot.Write();
        try
        {
            var source = new SnapshotOrganisationSource(Options.Create(new ExpertiseOptions { SnapshotPath = path }));
            var first = await source.ForTenantAsync("tenant");

            Directory.Delete(path, recursive: true);

            Assert.Same(first, await source.ForTenantAsync("tenant"));
        }
        finally
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }
}
