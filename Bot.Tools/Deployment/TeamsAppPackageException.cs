namespace ExpertBot.Deployment;

/// <summary>The manifest folder breaks one or more Teams app package rules; <see cref="Errors"/> lists them all.</summary>
internal sealed class TeamsAppPackageException : Exception
{
    public TeamsAppPackageException(IReadOnlyList<string> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }

    private static string FormatMessage(IReadOnlyList<string> errors) =>
        "The Teams app package breaks these rules:" + string.Concat(errors.Select(error => Environment.NewLine + "  - " + error));
}
