using ExpertBot.Gaming;
using ExpertBot.Gaming.Cli;

if (!GamingOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(GamingOptions.Usage);
    return 2;
}

try
{
    GamingRun.Execute(options, Console.Error);
    return 0;
}
catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"bot-gaming: {exception.Message}");
    return 1;
}
