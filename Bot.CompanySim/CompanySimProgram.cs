using ExpertBot.CompanySim.Cli;

namespace ExpertBot.CompanySim;

/// <summary>
/// Bot.CompanySim's entry point. Not top-level statements: their generated <c>Program</c> would clash, in the tests
/// that see several assemblies' internals, with the web host's <c>Program</c>.
/// </summary>
internal static class CompanySimProgram
{
    public static Task<int> Main(string[] args) => CompanySimCommand.RunAsync(args, Console.Error);
}
