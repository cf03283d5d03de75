namespace ExpertBot;

/// <summary>
/// Bot.Tools' entry point. Not top-level statements: their generated <c>Program</c> would clash, in the tests that see
/// both assemblies' internals, with the web host's <c>Program</c> that WebApplicationFactory needs.
/// </summary>
internal static class ToolsProgram
{
    public static Task<int> Main(string[] args) => ToolCommands.RunAsync(args, Console.Out, Console.Error);
}
