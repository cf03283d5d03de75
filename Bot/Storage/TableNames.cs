using ExpertBot.Digest;
using ExpertBot.Endorsements;
using ExpertBot.Graph;
using ExpertBot.Presence;
using ExpertBot.Privacy;
using ExpertBot.Routing;

namespace ExpertBot.Storage;

/// <summary>
/// Every table the bot uses, named by its store. The deployment creates exactly these (infra/main.bicep, checked
/// by InfraTemplateTests), and <see cref="TableClients"/> refuses any other name, so a new store cannot ship
/// without its table in the infra.
/// </summary>
internal static class TableNames
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ConversationReferenceStore.TableName,
        ConversationReferenceStore.PersonalTableName,
        LeaseStore.TableName,
        PreferenceStore.TableName,
        EndorsementStore.GivenTable,
        EndorsementStore.ReceivedTable,
        SubscriptionStore.TableName,
        DeliveryStore.TableName,
        ChartStore.TableName,
        SyncCheckpointStore.TableName,
        SyncStatusStore.TableName,
        GraphEvidenceStore.TableName,
        PhotoStore.TableName,
        QuestionStore.TableName,
        QuestionStore.DueTableName,
        RoutingLoadStore.TableName,
        ThanksStore.TableName,
    };
}
