namespace ExpertBot.Tests.Support;

/// <summary>Tests that redirect the process's Console.Out run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    public const string Name = "Console capture";
}
