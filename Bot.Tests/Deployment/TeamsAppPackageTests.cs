using ExpertBot.Tests.Support;
using System.IO.Compression;
using System.Text.Json;
using ExpertBot.Deployment;

namespace ExpertBot.Tests.Deployment;

public sealed class TeamsAppPackageTests : IDisposable
{
    private const string AppId = "6a0e4b1f-2c3d-4e5f-8a9b-0c1d2e3f4a5b";
    private const string Domain = "expertbot-test.azurewebsites.net";

    private readonly string _workDirectory = Directory.CreateTempSubdirectory("expertbot-package-").FullName;
    private readonly string _manifestDirectory;
    private readonly string _zipPath;

    public TeamsAppPackageTests()
    {
        _manifestDirectory = Path.Combine(_workDirectory, "manifest");
        Directory.CreateDirectory(_manifestDirectory);
        foreach (var file in new[] { "manifest.json", "fr.json", "color.png", "outline.png" })
        {
            File.Copy(Repository.PathOf("manifest", file), Path.Combine(_manifestDirectory, file));
        }

        _zipPath = Path.Combine(_workDirectory, "out", "expertbot.zip");
    }

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    [Fact]
    public async Task ValidPackage_HasManifestLocalizationAndIconsAtTheRootWithIdsFilled()
    {
        await TeamsAppPackage.WriteAsync(_manifestDirectory, new TeamsAppSettings(AppId, Domain), _zipPath);

        using var zip = ZipFile.OpenRead(_zipPath);
        Assert.Equal(["color.png", "fr.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));

        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var root = manifest.RootElement;
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        Assert.Equal(AppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal(AppId, root.GetProperty("composeExtensions")[0].GetProperty("botId").GetString());
        Assert.Equal(AppId, root.GetProperty("webApplicationInfo").GetProperty("id").GetString());
        Assert.Equal($"api://{Domain}/{AppId}", root.GetProperty("webApplicationInfo").GetProperty("resource").GetString());
        Assert.Equal([Domain], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal($"https://{Domain}/privacy", root.GetProperty("developer").GetProperty("privacyUrl").GetString());
        Assert.Equal($"https://{Domain}/terms", root.GetProperty("developer").GetProperty("termsOfUseUrl").GetString());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        Assert.DoesNotContain("{{", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SamePackageTwice_IsByteForByteIdentical()
    {
        var settings = new TeamsAppSettings(AppId, Domain);
        await TeamsAppPackage.WriteAsync(_manifestDirectory, settings, _zipPath);
        var first = await File.ReadAllBytesAsync(_zipPath);
        await TeamsAppPackage.WriteAsync(_manifestDirectory, settings, _zipPath);

        Assert.Equal(first, await File.ReadAllBytesAsync(_zipPath));
    }

    [Fact]
    public async Task ColorIconOfTheWrongSize_IsRejectedWithItsSize()
    {
        await File.WriteAllBytesAsync(Path.Combine(_manifestDirectory, "color.png"), TestPng.Create(100, 100, (_, _) => (40, 90, 200, 255)));

        var error = await Assert.ThrowsAsync<TeamsAppPackageException>(() => WritePackageAsync(AppId));

        Assert.Contains(error.Errors, e => e.Contains("color.png is 100×100 pixels but the colour icon must be 192×192", StringComparison.Ordinal));
        Assert.False(File.Exists(_zipPath));
    }

    [Fact]
    public async Task OutlineIconOfTheWrongSize_IsRejected()
    {
        await File.WriteAllBytesAsync(Path.Combine(_manifestDirectory, "outline.png"), TestPng.WhiteOnTransparent(48));

        var error = await Assert.ThrowsAsync<TeamsAppPackageException>(() => WritePackageAsync(AppId));

        Assert.Equal(["outline.png is 48×48 pixels but the outline icon must be 32×32."], error.Errors);
    }

    [Fact]
    public async Task OutlineWithColouredPixels_IsRejected()
    {
        await File.WriteAllBytesAsync(
            Path.Combine(_manifestDirectory, "outline.png"),
            TestPng.Create(32, 32, (x, y) => x < 16 ? ((byte)255, (byte)200, (byte)0, (byte)255) : ((byte)255, (byte)255, (byte)255, (byte)0)));

        var error = await Assert.ThrowsAsync<TeamsAppPackageException>(() => WritePackageAsync(AppId));

        Assert.Equal(["outline.png has 512 visible pixels that are not white; the outline icon may only use white and transparent pixels."], error.Errors);
    }

    [Fact]
    public async Task OutlineWithoutTransparentBackground_IsRejected()
    {
        await File.WriteAllBytesAsync(Path.Combine(_manifestDirectory, "outline.png"), TestPng.Create(32, 32, (_, _) => (255, 255, 255, 255)));

        var error = await Assert.ThrowsAsync<TeamsAppPackageException>(() => WritePackageAsync(AppId));

        Assert.Contains(error.Errors, e => e.Contains("outline.png has no transparent pixels", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhiteOutlineWithAntialiasedAlpha_IsAccepted()
    {
        await File.WriteAllBytesAsync(
            Path.Combine(_manifestDirectory, "outline.png"),
            TestPng.Create(32, 32, (x, _) => (255, 255, 255, (byte)(x * 8))));

        await WritePackageAsync(AppId);

        Assert.True(File.Exists(_zipPath));
    }

    [Fact]
    public async Task AppIdThatIsNotAGuid_IsRejectedWithAClearMessage()
    {
        var error = await Assert.ThrowsAsync<TeamsAppPackageException>(() => WritePackageAsync("expertbot"));

        Assert.Equal(["The app id 'expertbot' is not a GUID (expected the form 00000000-0000-0000-0000-000000000000)."], error.Errors);
        Assert.Contains("The app id 'expertbot' is not a GUID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DomainWithSchemeOrPath_IsRejected()
    {
        var error = await Assert.ThrowsAsync<TeamsAppPackageException>(
            () => TeamsAppPackage.WriteAsync(_manifestDirectory, new TeamsAppSettings(AppId, "https://expertbot.example.com/api"), _zipPath));

        Assert.Contains(error.Errors, e => e.Contains("is not a host name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HardCodedBotIdThatDiffersFromTheAppId_IsRejected()
    {
        var manifestPath = Path.Combine(_manifestDirectory, "manifest.json");
        var text = await File.ReadAllTextAsync(manifestPath);
        var firstBotId = text.IndexOf("\"botId\": \"{{MICROSOFT_APP_ID}}\"", StringComparison.Ordinal);
        text = string.Concat(text.AsSpan(0, firstBotId), "\"botId\": \"11111111-1111-1111-1111-111111111111\"", text.AsSpan(firstBotId + "\"botId\": \"{{MICROSOFT_APP_ID}}\"".Length));
        await File.WriteAllTextAsync(manifestPath, text);

        var error = await Assert.ThrowsAsync<TeamsAppPackageException>(() => WritePackageAsync(AppId));

        Assert.Equal([$"manifest.json: bots[0].botId is '11111111-1111-1111-1111-111111111111' but the app id is '{AppId}'; use {{{{MICROSOFT_APP_ID}}}}."], error.Errors);
    }

    [Fact]
    public async Task SeveralBrokenRules_AreAllReportedTogether()
    {
        await File.WriteAllBytesAsync(Path.Combine(_manifestDirectory, "color.png"), TestPng.Create(96, 96, (_, _) => (40, 90, 200, 255)));
        await File.WriteAllBytesAsync(Path.Combine(_manifestDirectory, "outline.png"), TestPng.Create(32, 32, (_, _) => (0, 0, 0, 255)));
        File.Delete(Path.Combine(_manifestDirectory, "fr.json"));

        var error = await Assert.ThrowsAsync<TeamsAppPackageException>(() => WritePackageAsync(AppId));

        Assert.Equal(4, error.Errors.Count);
        Assert.Contains(error.Errors, e => e.Contains("'fr.json' named in manifest.json was not found", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("color.png is 96×96", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("outline.png has 1024 visible pixels that are not white", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("outline.png has no transparent pixels", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PackageCommand_WritesTheZipAndReturnsZero()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await PackageCommand.RunCommandAsync(
            ["package", "--app-id", AppId, "--domain", Domain, "--manifest", _manifestDirectory, "--out", _zipPath], stdout, stderr, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr.ToString());
        Assert.True(File.Exists(_zipPath));
    }

    [Fact]
    public async Task PackageCommand_PrintsBrokenRulesToStderrAndFails()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await PackageCommand.RunCommandAsync(
            ["--app-id", "not-a-guid", "--domain", Domain, "--manifest", _manifestDirectory, "--out", _zipPath], stdout, stderr, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("The app id 'not-a-guid' is not a GUID", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(_zipPath));
    }

    [Fact]
    public async Task PackageCommand_WithoutDomain_PrintsUsage()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await PackageCommand.RunCommandAsync(["--app-id", AppId], stdout, stderr, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("Missing --domain", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: package", stderr.ToString(), StringComparison.Ordinal);
    }

    private Task WritePackageAsync(string appId) =>
        TeamsAppPackage.WriteAsync(_manifestDirectory, new TeamsAppSettings(appId, Domain), _zipPath);
}
