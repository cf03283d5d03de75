using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ExpertBot.Graph;
using ExpertBot.Tests.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace ExpertBot.Benchmarks;

/// <summary>
/// --measure-graph [--people N] [--documents D]: the requests a full Graph sync of N people and their sources costs
/// (the test's fake Graph: users 999 a page, library delta pages of 200, message delta pages of 50, $batch of 20),
/// compared with the least that paging and $batch allow, then an incremental sync with no change. Every new person's
/// photo is read, every new file's permissions and sensitivity labels, and every folder's permissions. Storage is a
/// private Azurite.
/// </summary>
internal static class GraphRequestMeasurement
{
    public static int Run(int people, int documentsPerPerson)
    {
        MachineInfo.Describe();
        var (azurite, connectionString) = StartAzurite();
        try
        {
            using var graph = new FakeGraph();
            new FakeTenant(graph).WithOrganisation(people).WithWork(people, documentsPerPerson);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = connectionString,
                ["Graph:TenantId"] = "7c1e5b3a-2f4d-4e6a-9b8c-0d1e2f3a4b5c",
                ["Graph:ClientId"] = "5e7d9c1b-3a2f-4d6e-8b9c-1a2b3c4d5e6f",
                ["Graph:ClientSecret"] = "not-used-by-the-fake",
                ["Graph:BaseUrl"] = graph.BaseUrl,
                ["Graph:Teams:0"] = FakeTenant.PublicTeam,
                ["Graph:Sites:0"] = FakeTenant.Site,
            }).Build();
            using var services = GraphCommandHost.Build(configuration, s => s.AddSingleton<IAuthenticationProvider, Bearer>());
            var sync = services.GetRequiredService<GraphSyncService>();

            var watch = Stopwatch.StartNew();
            var report = sync.TrySyncAsync(null).GetAwaiter().GetResult() ?? throw new InvalidOperationException("the lease was held");
            watch.Stop();
            var full = RequestCounts.Of(graph.Requests);
            graph.ClearLog();
            sync.TrySyncAsync(null).GetAwaiter().GetResult();
            var incremental = RequestCounts.Of(graph.Requests);

            var minimum = RequestCounts.Minimum(people, documentsPerPerson, graph);
            Console.WriteLine($"full sync of {people:N0} people, {report.Items:N0} items stored, {(people * documentsPerPerson) + people:N0} files: {full.Total:N0} requests in {watch.Elapsed.TotalSeconds:N0} s");
            Console.WriteLine($"  minimum that paging and $batch allow: {minimum:N0} ({(double)full.Total / minimum:P1} of it)");
            Console.WriteLine($"  by resource: {full}");
            Console.WriteLine($"incremental sync with no change: {incremental.Total} requests for 5 sources; {incremental}");
            return full.Total <= minimum * 1.1 ? 0 : 1;
        }
        finally
        {
            azurite.Kill(entireProcessTree: true);
        }
    }



    private static (Process Process, string ConnectionString) StartAzurite()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ExpertBot.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from the repository: Azurite is in its node_modules");
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(root, "node_modules", ".bin", "azurite-table"), "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--disableTelemetry" })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node for Azurite");
        for (var i = 0; ; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                break;
            }
            catch (SocketException) when (i < 120 && !process.HasExited)
            {
                Thread.Sleep(250);
            }
        }

        return (process, $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;");
    }

    /// <summary>Stands in for Entra, as in the tests: the fake Graph only checks that a bearer token is there.</summary>
    private sealed class Bearer : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Authorization", "Bearer measurement");
            return Task.CompletedTask;
        }
    }
}
