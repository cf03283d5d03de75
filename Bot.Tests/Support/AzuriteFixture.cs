using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ExpertBot.Storage;
using Microsoft.Extensions.Options;

namespace ExpertBot.Tests.Support;

/// <summary>
/// The real Azure Storage emulator for the whole test run: the one test.sh started (EXPERTBOT_TEST_TABLES),
/// or one started here on a free port and stopped when the tests end. Tests keep apart by table prefix.
/// </summary>
public static class Azurite
{
    public const string EnvironmentVariable = "EXPERTBOT_TEST_TABLES";
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly Lazy<string> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static Process? process;

    public static string ConnectionString => Started.Value;

    /// <summary>A private emulator that a test may stop and restart to prove nothing is lost meanwhile.</summary>
    public static (Process Process, string ConnectionString) StartPrivate(int? port = null)
    {
        var chosen = port ?? FreePort();
        var started = Launch(chosen);
        return (started, ConnectionStringFor(chosen));
    }

    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return given;
        }

        var port = FreePort();
        process = Launch(port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
            }
        };
        return ConnectionStringFor(port);
    }

    private static Process Launch(int port)
    {
        var script = Repository.PathOf("node_modules", ".bin", "azurite-table");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed ({script} is missing): run `npm ci` in {Repository.Root}, or set {EnvironmentVariable}.");
        }

        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--disableTelemetry" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var launched = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        launched.OutputDataReceived += (_, _) => { };
        launched.ErrorDataReceived += (_, _) => { };
        launched.BeginOutputReadLine();
        launched.BeginErrorReadLine();
        WaitForPort(launched, port);
        return launched;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitForPort(Process launched, int port)
    {
        for (var i = 0; i < 120; i++)
        {
            if (launched.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {launched.ExitCode} before listening.");
            }

            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(250);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {port} within 30 s.");
    }
}

/// <summary>For test classes that want the emulator's connection string as a fixture.</summary>
public sealed class AzuriteFixture
{
    public const string EnvironmentVariable = Azurite.EnvironmentVariable;

#pragma warning disable CA1822 // xunit hands the fixture to tests as an instance.
    public string ConnectionString => Azurite.ConnectionString;

    /// <summary>Table clients under a prefix of their own (tag + random), so tests sharing the emulator never meet.</summary>
    internal TableClients FreshTables(string tag) => new(Options.Create(new StorageOptions
    {
        ConnectionString = ConnectionString,
        TablePrefix = tag + Guid.NewGuid().ToString("N")[..12],
    }));
#pragma warning restore CA1822
}

[CollectionDefinition(Name)]
public sealed class AzuriteTables : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
