using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ExpertBot.Hosting;
using ExpertBot.Storage;
using ExpertBot.Teams;
using ExpertBot.Tests.Support;

namespace ExpertBot.Tests.Deployment;

/// <summary>Runs infra/validate.sh once for the class and keeps the compiled ARM template it wrote.</summary>
public sealed class CompiledInfraTemplate : IAsyncLifetime
{
    public string OutputDirectory { get; } = Directory.CreateTempSubdirectory("expertbot-infra-").FullName;

    public ProcessResult Validation { get; private set; } = new(-1, "");

    public JsonNode? Template { get; private set; }

    public async Task InitializeAsync()
    {
        var script = Repository.PathOf("infra", "validate.sh");
        if (!File.Exists(script))
        {
            Validation = new ProcessResult(-1, $"{script} is missing.");
            return;
        }

        Validation = await ProcessResult.RunAsync("bash", [script, OutputDirectory], Repository.Root, TimeSpan.FromMinutes(5));
        var compiled = Path.Combine(OutputDirectory, "main.json");
        if (File.Exists(compiled))
        {
            Template = JsonNode.Parse(await File.ReadAllTextAsync(compiled));
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(OutputDirectory, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class InfraTemplateTests(CompiledInfraTemplate infra) : IClassFixture<CompiledInfraTemplate>
{
    private const string PasswordParameter = "parameters('microsoftAppPassword')";

    [Fact]
    public void BicepTemplatesBuildAndLintWithoutAnyWarning()
    {
        Assert.True(infra.Validation.ExitCode == 0, $"infra/validate.sh exited {infra.Validation.ExitCode}:{Environment.NewLine}{infra.Validation.Output}");
        Assert.NotNull(infra.Template);
    }

    [Fact]
    public void TheGraphSyncIsOffAtDeployUntilAnAdminTurnsItOn()
    {
        var template = RequireTemplate();
        var json = File.ReadAllText(Path.Combine(infra.OutputDirectory, "main.json"));

        Assert.False(template["parameters"]!["graphSync"]!["defaultValue"]!.GetValue<bool>());
        // The Graph settings come only after the app settings' if(parameters('graphSync'), ...), the secret under its own condition.
        var gate = json.IndexOf("if(parameters('graphSync')", StringComparison.Ordinal);
        Assert.True(gate > 0, "the Graph settings are not conditional on graphSync");
        Assert.True(json.IndexOf("Graph__", StringComparison.Ordinal) > gate, "a Graph setting is set whatever graphSync says");
        var secret = json.IndexOf("Graph__ClientSecret", StringComparison.Ordinal);
        Assert.Contains("parameters('graphSync')", json[Math.Max(0, secret - 150)..secret], StringComparison.Ordinal);
    }

    [Fact]
    public void MicrosoftAppPasswordAppSetting_IsOnlyEverAKeyVaultReference()
    {
        var template = RequireTemplate();

        var values = AppSettingValues(template, "MicrosoftAppPassword").ToList();

        Assert.NotEmpty(values);
        Assert.All(values, value => Assert.True(
            value.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal)
                || value.StartsWith("format('@Microsoft.KeyVault(SecretUri=", StringComparison.Ordinal),
            $"MicrosoftAppPassword is set to {value}, not a Key Vault reference."));
    }

    [Fact]
    public void SecretParameter_FlowsOnlyIntoTheKeyVaultSecret()
    {
        var template = RequireTemplate();
        var uses = new List<(string Path, string? ResourceType)>();
        Walk(template, "$", resourceType: null, (path, resourceType, value) =>
        {
            if (value.Contains(PasswordParameter, StringComparison.OrdinalIgnoreCase))
            {
                uses.Add((path, resourceType));
            }
        });

        Assert.NotEmpty(uses);
        Assert.All(uses, use => Assert.True(
            use.Path.EndsWith(".parameters.microsoftAppPassword.value", StringComparison.Ordinal)
                || (use.ResourceType == "Microsoft.KeyVault/vaults/secrets" && use.Path.EndsWith(".properties.value", StringComparison.Ordinal)),
            $"The client secret parameter is used at {use.Path} (in {use.ResourceType}), outside the Key Vault secret."));
        var declarations = Descendants(template).OfType<JsonObject>()
            .Select(o => o["parameters"] is JsonObject parameters && parameters["microsoftAppPassword"] is JsonObject declaration ? declaration : null)
            .Where(declaration => declaration is not null && StringProperty(declaration, "type") is not null)
            .ToList();
        Assert.NotEmpty(declarations);
        Assert.All(declarations, declaration => Assert.Equal("securestring", StringProperty(declaration!, "type"), ignoreCase: true));
    }

    [Fact]
    public void StorageModule_CreatesExactlyTheTablesTheCodeUses()
    {
        var declared = RequireTemplate()["variables"]?["tableNames"] as JsonArray
            ?? throw new InvalidOperationException("main.bicep has no variable tableNames");

        Assert.Equal(TableNames.All.Order(StringComparer.Ordinal), declared.Select(n => (string)n!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryAppSetting_IsReadByTheCode()
    {
        var names = AppSettingNames(RequireTemplate()).ToList();

        Assert.Contains("Storage__TableServiceUri", names);
        Assert.All(names, name => Assert.True(IsReadByTheCode(name), $"The infra sets {name}, which no options class or known variable of the bot reads."));
    }

    [Fact]
    public void StorageModule_HasNoBlobServiceOrRole()
    {
        var text = RequireTemplate().ToJsonString();

        Assert.DoesNotContain("blobServices", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ba92f5b4-2d11-453d-a403-e96b0029c9fe", text, StringComparison.Ordinal); // Storage Blob Data Contributor
    }

    [Fact]
    public void WebApp_IsHttpsOnlyDotNet10WithHealthCheckAndNoFtp()
    {
        var site = Descendants(RequireTemplate()).OfType<JsonObject>()
            .Single(o => StringProperty(o, "type") == "Microsoft.Web/sites");
        var properties = site["properties"]!;
        var siteConfig = properties["siteConfig"]!;

        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)siteConfig["linuxFxVersion"]);
        Assert.Equal("1.2", (string?)siteConfig["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)siteConfig["ftpsState"]);
        Assert.Equal("/health/ready", (string?)siteConfig["healthCheckPath"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
    }

    // Settings without a section: the Bot Framework's names (bound to BotOptions at the root) and variables read by
    // libraries (Azure.Identity's AZURE_CLIENT_ID selects the user-assigned identity) or by the observability setup.
    private static bool IsReadByTheCode(string name)
    {
        var parts = name.Split("__");
        if (parts.Length == 1)
        {
            return typeof(BotOptions).GetProperty(name)?.CanWrite == true
                || name is ObservabilityExtensions.AzureMonitorVariable or ObservabilityExtensions.OtlpEndpointVariable or "AZURE_CLIENT_ID";
        }

        var options = typeof(TableNames).Assembly.GetTypes().SingleOrDefault(t =>
            t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } section && (string?)section.GetRawConstantValue() == parts[0]);
        return parts.Length == 2 && options?.GetProperty(parts[1], BindingFlags.Public | BindingFlags.Instance)?.CanWrite == true;
    }

    // The web app's settings are compiled into one ARM expression of createObject('name', '<setting>', 'value', ...).
    private static IEnumerable<string> AppSettingNames(JsonNode template) =>
        Descendants(template).OfType<JsonValue>()
            .Select(v => v.TryGetValue<string>(out var text) ? text : string.Empty)
            .SelectMany(text => Regex.Matches(text, @"createObject\('name', '([^']+)', 'value'"))
            .Select(m => m.Groups[1].Value)
            .Distinct();

    private JsonNode RequireTemplate() =>
        infra.Template ?? throw new InvalidOperationException($"No compiled template; infra/validate.sh said:{Environment.NewLine}{infra.Validation.Output}");

    // App settings appear either as literal {name, value} objects or, when built conditionally, inside
    // an ARM expression as createObject('name', '<setting>', 'value', <expression>).
    private static IEnumerable<string> AppSettingValues(JsonNode template, string settingName)
    {
        var marker = $"createObject('name', '{settingName}', 'value', ";
        foreach (var node in Descendants(template))
        {
            if (node is JsonObject setting && StringProperty(setting, "name") == settingName && StringProperty(setting, "value") is { } value)
            {
                yield return value;
            }
            else if (node is JsonValue text && text.TryGetValue<string>(out var expression))
            {
                for (var at = expression.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = expression.IndexOf(marker, at + 1, StringComparison.Ordinal))
                {
                    yield return expression[(at + marker.Length)..];
                }
            }
        }
    }

    private static string? StringProperty(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    // Reports every string with its JSON path and the type of the innermost resource around it.
    private static void Walk(JsonNode? node, string path, string? resourceType, Action<string, string?, string> visitString)
    {
        switch (node)
        {
            case JsonObject obj:
                if (StringProperty(obj, "type") is { } typeName && obj["apiVersion"] is not null)
                {
                    resourceType = typeName;
                }

                foreach (var (name, child) in obj)
                {
                    Walk(child, $"{path}.{name}", resourceType, visitString);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", resourceType, visitString);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                visitString(path, resourceType, value.GetValue<string>());
                break;
            default:
                break;
        }
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(pair => pair.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
