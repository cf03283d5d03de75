namespace ExpertBot.Cli;

/// <summary>A command line the user must correct; the message says how.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
