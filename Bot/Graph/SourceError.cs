using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;

namespace ExpertBot.Graph;

/// <summary>
/// Why reading one source failed, and whether it is worth trying again at the next run. Permanent: the answer will not
/// change by itself (403: a permission or a grant is missing, or channel messages wait for Microsoft's approval of the
/// protected API; 404: a deleted team, a site not provisioned; other 4xx). Transient: throttling or server errors that
/// outlasted the retries, a lost connection, a timeout. The reason holds the status, Graph's error code and what an
/// admin can do — never a message body, which could carry names.
/// </summary>
internal sealed record SourceError(bool Permanent, string Reason)
{
    /// <summary>The error for a failure reading Graph; null for anything else (storage, a bug, the caller's cancellation), which stops the run.</summary>
    public static SourceError? From(Exception exception, string source, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case ApiException api:
                var status = api.ResponseStatusCode;
                var code = (api as ODataError)?.Error?.Code;
                var permanent = status is >= 400 and < 500 and not 408 and not 409 and not 410 and not 429;
                var label = string.IsNullOrEmpty(code) ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{status} {code}";
                return new SourceError(permanent, Hint(status, source) is { } hint ? $"{label}: {hint}" : label);
            case HttpRequestException:
                return new SourceError(false, "connection failed");
            case TimeoutRejectedException:
                return new SourceError(false, "timed out");
            case OperationCanceledException when !cancellationToken.IsCancellationRequested:
                return new SourceError(false, "timed out");
            default:
                return null;
        }
    }

    private static string? Hint(int status, string source) => (status, Kind(source)) switch
    {
        (401, _) => "the credential was refused (tenant, client id, secret or certificate)",
        (403, "messages") => "channel messages are a Teams protected API: until Microsoft approves the app's request (https://aka.ms/teamsgraph/requestaccess) they answer 403; or grant ChannelMessage.Read.Group to the team (resource-specific consent)",
        (403, "users") => "grant User.Read.All (application)",
        (403, "photos") => "grant User.Read.All (application), or ProfilePhoto.Read.All for photos alone",
        (403, "teams" or "team") => "grant Team.ReadBasic.All and Channel.ReadBasic.All (application)",
        (403, _) => "grant Sites.Read.All, or a Sites.Selected read grant on this site",
        (404, "team") => "no such team: it was deleted, or the id in Graph:Teams is wrong",
        (404, "teamdrive") => "the team has no document library yet (its SharePoint site is provisioned when someone first opens Files), or the team was deleted",
        (404, "site") => "no such site: check the id in Graph:Sites",
        (404, _) => "not found: deleted or never provisioned",
        ( >= 500, _) or (429, _) => "Graph kept failing after the retries; tried again next run",
        _ => null,
    };

    private static string Kind(string source) => source.Split('|')[0];
}
