namespace ExpertBot.Deployment;

/// <summary>
/// <c>package --app-id GUID --domain HOST [--manifest DIR] [--out FILE]</c>: writes the Teams app
/// package to upload in Teams admin center.
/// </summary>
internal static class PackageCommand
{
    public const string DefaultManifestDirectory = "manifest";
    public const string DefaultOutputPath = "manifest/build/expertbot.zip";

    private const string Usage = "usage: package --app-id GUID --domain HOST [--manifest DIR] [--out FILE]";
    private static readonly string[] RequiredOptions = ["--app-id", "--domain"];

    public static async Task<int> RunCommandAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var arguments = args.Length > 0 && args[0] == "package" ? args[1..] : args;
        for (var i = 0; i < arguments.Length; i++)
        {
            var name = arguments[i];
            if (name is not ("--app-id" or "--domain" or "--manifest" or "--out"))
            {
                await stderr.WriteLineAsync($"Unknown argument '{name}'.{Environment.NewLine}{Usage}").ConfigureAwait(false);
                return 2;
            }

            if (i + 1 >= arguments.Length || arguments[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                await stderr.WriteLineAsync($"{name} needs a value.{Environment.NewLine}{Usage}").ConfigureAwait(false);
                return 2;
            }

            options[name] = arguments[++i];
        }

        var missing = RequiredOptions.Where(name => !options.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            await stderr.WriteLineAsync($"Missing {string.Join(" and ", missing)}.{Environment.NewLine}{Usage}").ConfigureAwait(false);
            return 2;
        }

        var settings = new TeamsAppSettings(options["--app-id"], options["--domain"]);
        var manifestDirectory = options.GetValueOrDefault("--manifest", DefaultManifestDirectory);
        var outputPath = options.GetValueOrDefault("--out", DefaultOutputPath);
        try
        {
            await TeamsAppPackage.WriteAsync(manifestDirectory, settings, outputPath, ct).ConfigureAwait(false);
        }
        catch (TeamsAppPackageException exception)
        {
            await stderr.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 1;
        }
        catch (IOException exception)
        {
            await stderr.WriteLineAsync($"Could not write the package: {exception.Message}").ConfigureAwait(false);
            return 1;
        }
        catch (UnauthorizedAccessException exception)
        {
            await stderr.WriteLineAsync($"Could not write the package: {exception.Message}").ConfigureAwait(false);
            return 1;
        }

        await stdout.WriteLineAsync($"Wrote {Path.GetFullPath(outputPath)} for app {settings.MicrosoftAppId} at {settings.BotDomain}.").ConfigureAwait(false);
        return 0;
    }
}
