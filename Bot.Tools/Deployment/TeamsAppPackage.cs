using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ExpertBot.Deployment;

/// <summary>
/// Builds the Teams app package (a zip with manifest.json, its localization files and both icons at
/// the root) from the template in <c>manifest/</c>, filling in the app id and the bot's domain.
/// Teams admin center rejects a bad package with one vague error, so every rule it enforces that we
/// can check offline is checked here, and all broken rules are reported together.
/// </summary>
internal static partial class TeamsAppPackage
{
    public const string AppIdToken = "{{MICROSOFT_APP_ID}}";
    public const string DomainToken = "{{BOT_DOMAIN}}";

    private const string ManifestFileName = "manifest.json";

    // Entries get a fixed time so the same inputs give the same zip, byte for byte.
    private static readonly DateTimeOffset EntryTimestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(string manifestDirectory, TeamsAppSettings settings, string outputZipPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var files = await BuildAsync(manifestDirectory, settings, cancellationToken).ConfigureAwait(false);

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputZipPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporaryPath = outputZipPath + ".tmp";
        var output = new FileStream(temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await using (output.ConfigureAwait(false))
        {
            var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            await using (archive.ConfigureAwait(false))
            {
                foreach (var (name, content) in files)
                {
                    var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                    entry.LastWriteTime = EntryTimestamp;
                    var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                    await using (stream.ConfigureAwait(false))
                    {
                        await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }

        File.Move(temporaryPath, outputZipPath, overwrite: true);
    }

    /// <summary>Returns the package's files (name at the zip root → bytes) or throws listing every broken rule.</summary>
    public static async Task<IReadOnlyList<(string Name, byte[] Content)>> BuildAsync(string manifestDirectory, TeamsAppSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<string>();

        var appIdIsGuid = IsGuid(settings.MicrosoftAppId);
        if (!appIdIsGuid)
        {
            errors.Add($"The app id '{settings.MicrosoftAppId}' is not a GUID (expected the form 00000000-0000-0000-0000-000000000000).");
        }

        // The domain goes into JSON strings unescaped, so only a plain host name is accepted.
        var domainIsHost = HostNamePattern().IsMatch(settings.BotDomain ?? "");
        if (!domainIsHost)
        {
            errors.Add($"The bot domain '{settings.BotDomain}' is not a host name (give e.g. expertbot.azurewebsites.net, without https:// or a path).");
        }

        var manifestPath = Path.Combine(manifestDirectory, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            errors.Add($"{ManifestFileName} was not found in '{Path.GetFullPath(manifestDirectory)}'.");
            throw new TeamsAppPackageException(errors);
        }

        if (!appIdIsGuid || !domainIsHost)
        {
            throw new TeamsAppPackageException(errors);
        }

        var files = new List<(string Name, byte[] Content)>();
        var manifestText = Fill(await File.ReadAllTextAsync(manifestPath, cancellationToken).ConfigureAwait(false), settings);
        CheckNoPlaceholdersLeft(ManifestFileName, manifestText, errors);
        files.Add((ManifestFileName, Encoding.UTF8.GetBytes(manifestText)));

        JsonDocument manifest;
        try
        {
            manifest = JsonDocument.Parse(manifestText);
        }
        catch (JsonException exception)
        {
            errors.Add($"{ManifestFileName} is not valid JSON: {exception.Message}");
            throw new TeamsAppPackageException(errors);
        }

        using (manifest)
        {
            var root = manifest.RootElement;
            CheckIds(root, settings, errors);
            CheckDomain(root, settings, errors);

            foreach (var language in LocalizationFiles(root))
            {
                var content = await ReadPackagedFileAsync(manifestDirectory, language, $"localization file '{language}'", errors, cancellationToken).ConfigureAwait(false);
                if (content is null)
                {
                    continue;
                }

                var text = Fill(Encoding.UTF8.GetString(content), settings);
                CheckNoPlaceholdersLeft(language, text, errors);
                if (!IsJson(text))
                {
                    errors.Add($"{language} is not valid JSON.");
                }

                files.Add((language, Encoding.UTF8.GetBytes(text)));
            }

            var colorIcon = StringAt(root, "icons", "color");
            var outlineIcon = StringAt(root, "icons", "outline");
            if (colorIcon is null || outlineIcon is null)
            {
                errors.Add($"{ManifestFileName} must name both icons.color and icons.outline.");
            }

            if (colorIcon is not null
                && await ReadPackagedFileAsync(manifestDirectory, colorIcon, "colour icon", errors, cancellationToken).ConfigureAwait(false) is { } color)
            {
                TeamsAppIcons.Check(colorIcon, color, TeamsAppIcons.ColorSize, outline: false, errors);
                files.Add((colorIcon, color));
            }

            if (outlineIcon is not null
                && await ReadPackagedFileAsync(manifestDirectory, outlineIcon, "outline icon", errors, cancellationToken).ConfigureAwait(false) is { } outline)
            {
                TeamsAppIcons.Check(outlineIcon, outline, TeamsAppIcons.OutlineSize, outline: true, errors);
                files.Add((outlineIcon, outline));
            }
        }

        if (errors.Count > 0)
        {
            throw new TeamsAppPackageException(errors);
        }

        return files;
    }

    private static string Fill(string template, TeamsAppSettings settings) =>
        template.Replace(AppIdToken, settings.MicrosoftAppId, StringComparison.Ordinal)
            .Replace(DomainToken, settings.BotDomain, StringComparison.Ordinal);

    private static void CheckNoPlaceholdersLeft(string fileName, string text, List<string> errors)
    {
        var leftovers = PlaceholderPattern().Matches(text).Select(match => match.Value).Distinct(StringComparer.Ordinal).ToList();
        if (leftovers.Count > 0)
        {
            errors.Add($"{fileName} has placeholders the package cannot fill: {string.Join(", ", leftovers)}.");
        }
    }

    // Teams routes messages, message-extension queries and SSO tokens by these ids; one that
    // differs gives an app that installs but never answers.
    private static void CheckIds(JsonElement root, TeamsAppSettings settings, List<string> errors)
    {
        (string Path, string? Value)[] ids =
        [
            ("id", StringAt(root, "id")),
            ("bots[0].botId", StringAt(root, "bots", 0, "botId")),
            ("composeExtensions[0].botId", StringAt(root, "composeExtensions", 0, "botId")),
            ("webApplicationInfo.id", StringAt(root, "webApplicationInfo", "id")),
        ];
        foreach (var (path, value) in ids)
        {
            if (value is null)
            {
                errors.Add($"{ManifestFileName}: {path} is missing.");
            }
            else if (!IsGuid(value))
            {
                errors.Add($"{ManifestFileName}: {path} '{value}' is not a GUID.");
            }
            else if (!string.Equals(value, settings.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{ManifestFileName}: {path} is '{value}' but the app id is '{settings.MicrosoftAppId}'; use {AppIdToken}.");
            }
        }
    }

    private static void CheckDomain(JsonElement root, TeamsAppSettings settings, List<string> errors)
    {
        var expectedResource = $"api://{settings.BotDomain}/{settings.MicrosoftAppId}";
        var resource = StringAt(root, "webApplicationInfo", "resource");
        if (!string.Equals(resource, expectedResource, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{ManifestFileName}: webApplicationInfo.resource is '{resource}' but must be '{expectedResource}'.");
        }

        var validDomains = root.TryGetProperty("validDomains", out var domains) && domains.ValueKind == JsonValueKind.Array
            ? domains.EnumerateArray().Select(domain => domain.GetString()).ToList()
            : [];
        if (!validDomains.Contains(settings.BotDomain, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{ManifestFileName}: validDomains must contain the bot domain '{settings.BotDomain}'.");
        }
    }

    private static IEnumerable<string> LocalizationFiles(JsonElement root)
    {
        if (!root.TryGetProperty("localizationInfo", out var info))
        {
            yield break;
        }

        if (info.TryGetProperty("defaultLanguageFile", out var defaultFile) && defaultFile.GetString() is { } defaultName)
        {
            yield return defaultName;
        }

        if (info.TryGetProperty("additionalLanguages", out var languages) && languages.ValueKind == JsonValueKind.Array)
        {
            foreach (var language in languages.EnumerateArray())
            {
                if (language.TryGetProperty("file", out var file) && file.GetString() is { } name)
                {
                    yield return name;
                }
            }
        }
    }

    // Teams resolves every relative path in the manifest from the zip root, and the package
    // is flat, so a path with a folder in it would point at nothing.
    private static async Task<byte[]?> ReadPackagedFileAsync(string manifestDirectory, string name, string role, List<string> errors, CancellationToken cancellationToken)
    {
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name == ManifestFileName)
        {
            errors.Add($"The {role} '{name}' must be a file name at the package root, without a folder.");
            return null;
        }

        var path = Path.Combine(manifestDirectory, name);
        if (!File.Exists(path))
        {
            errors.Add($"The {role} '{name}' named in {ManifestFileName} was not found in '{Path.GetFullPath(manifestDirectory)}'.");
            return null;
        }

        return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
    }

    private static string? StringAt(JsonElement element, params object[] path)
    {
        foreach (var step in path)
        {
            switch (step)
            {
                case string name when element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child):
                    element = child;
                    break;
                case int index when element.ValueKind == JsonValueKind.Array && index < element.GetArrayLength():
                    element = element[index];
                    break;
                default:
                    return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    private static bool IsGuid(string? value) => Guid.TryParseExact(value, "D", out _);

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")]
    private static partial Regex HostNamePattern();

    [GeneratedRegex(@"\{\{[A-Za-z0-9_]+\}\}")]
    private static partial Regex PlaceholderPattern();
}
