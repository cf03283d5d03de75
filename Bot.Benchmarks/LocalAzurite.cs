using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ExpertBot.Benchmarks;

/// <summary>
/// The real Table Storage emulator for a measurement: node_modules/.bin/azurite-table, in memory, on a free port,
/// stopped when disposed. The repository root is found from the working directory upwards.
/// </summary>
internal sealed class LocalAzurite : IDisposable
{
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process process;

    private LocalAzurite(Process process, int port)
    {
        this.process = process;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static LocalAzurite Start()
    {
        var script = Root() is { } root ? Path.Combine(root, "node_modules", ".bin", "azurite-table") : null;
        if (script is null || !File.Exists(script))
        {
            throw new InvalidOperationException("node_modules/.bin/azurite-table not found: run `npm ci` at the repository root first.");
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--disableTelemetry" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var i = 0; i < 120; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return new LocalAzurite(process, port);
            }
            catch (SocketException) when (!process.HasExited)
            {
                Thread.Sleep(250);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("Azurite did not listen within 30 s.");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private static string? Root()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ExpertBot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
