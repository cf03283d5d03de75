using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ExpertBot.Benchmarks.Turns;

/// <summary>
/// The real bot as a separate process, as scripts/services.sh starts it: the Release build of Bot/, the demo
/// organisation, Table Storage in an Azurite of its own (in memory), the digest off. No MicrosoftAppId: local
/// mode, where unauthenticated activities are accepted from loopback with a loopback service URL and no token
/// is fetched, so what is measured is the bot's turn pipeline, not token work. The Production environment, so
/// that a developer's user secrets (which may hold an app id) are not read.
/// </summary>
internal sealed class LocalBot : IDisposable
{
    /// <summary>An Azurite already running (its connection string) instead of one started here.</summary>
    public const string TablesVariable = "EXPERTBOT_TURNS_TABLES";
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly ChildProcess? azurite;

    private LocalBot(ChildProcess? azurite, ChildProcess bot, Uri baseAddress)
    {
        this.azurite = azurite;
        Process = bot;
        Endpoint = new Uri(baseAddress, "api/messages");
        BaseAddress = baseAddress;
    }

    public ChildProcess Process { get; }

    public Uri BaseAddress { get; }

    /// <summary>POST /api/messages.</summary>
    public Uri Endpoint { get; }

    /// <summary>Starts Azurite and the bot and waits until the bot answers /healthz (the index may still be loading).</summary>
    public static async Task<LocalBot> StartAsync(string root, string logDirectory, CancellationToken cancellationToken = default)
    {
        var program = Path.Combine(root, "Bot", "bin", "Release", "net10.0", "ExpertBot.dll");
        if (!File.Exists(program))
        {
            throw new InvalidOperationException($"{program} is missing: build the bot first (dotnet build -c Release Bot.Benchmarks builds it).");
        }

        ChildProcess? azurite = null;
        var tables = Environment.GetEnvironmentVariable(TablesVariable);
        if (tables is not { Length: > 0 })
        {
            var script = Path.Combine(root, "node_modules", ".bin", "azurite-table");
            if (!File.Exists(script))
            {
                throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run `npm ci`, or set {TablesVariable} to a running one's connection string.");
            }

            var tablePort = FreePort();
            azurite = ChildProcess.Start(
                "node",
                [script, "--tableHost", "127.0.0.1", "--tablePort", $"{tablePort}", "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--disableTelemetry"],
                Path.Combine(logDirectory, "azurite.log"),
                new Dictionary<string, string>(),
                root);
            await WaitForPortAsync(azurite, tablePort, "Azurite", TimeSpan.FromSeconds(60), cancellationToken);
            tables = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
        }

        var botPort = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{botPort}/");
        var bot = ChildProcess.Start(
            "dotnet",
            [
                program, "--urls", baseAddress.ToString().TrimEnd('/'), "--contentRoot", Path.Combine(root, "Bot"),
                $"--Expertise:SnapshotPath={Path.Combine(root, "demo", "org")}", "--Digest:Enabled=false",
                "--MicrosoftAppId=", $"--Storage:ConnectionString={tables}",
            ],
            Path.Combine(logDirectory, "bot.log"),
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_NOLOGO"] = "1" },
            root);
        var started = new LocalBot(azurite, bot, baseAddress);
        try
        {
            await started.WaitForHealthAsync(TimeSpan.FromSeconds(120), cancellationToken);
            return started;
        }
        catch
        {
            started.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Process.Dispose();
        azurite?.Dispose();
    }

    private async Task WaitForHealthAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {Process.ExitCode} while starting (log: {Process.LogPath}).");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "healthz"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"The bot did not answer /healthz within {limit.TotalSeconds:N0} s (log: {Process.LogPath}).");
    }

    private static async Task WaitForPortAsync(ChildProcess process, int port, string name, TimeSpan limit, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} while starting (log: {process.LogPath}).");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(250, cancellationToken);
            }
        }

        throw new TimeoutException($"{name} did not listen on port {port} within {limit.TotalSeconds:N0} s (log: {process.LogPath}).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
