// Values come from the environment so one `az deployment group create` works for both app types
// without writing a secret to disk:
//   BOT_APP_TYPE            UserAssignedMSI (default) or SingleTenant
//   MICROSOFT_APP_ID        SingleTenant only: the app registration's client id
//   MICROSOFT_APP_PASSWORD  SingleTenant only: its client secret (goes to Key Vault)
//   EXPERTBOT_GRAPH_SYNC    true to turn the Graph sync on (default false: deploy first, grant and choose sources, then redeploy)
//   EXPERTBOT_GRAPH_TEAMS   team ids to read, comma-separated; EXPERTBOT_GRAPH_SITES  site ids to read, comma-separated
using 'main.bicep'

param baseName = readEnvironmentVariable('EXPERTBOT_BASE_NAME', 'expertbot')
param appType = readEnvironmentVariable('BOT_APP_TYPE', 'UserAssignedMSI')
param microsoftAppId = readEnvironmentVariable('MICROSOFT_APP_ID', '')
param microsoftAppPassword = readEnvironmentVariable('MICROSOFT_APP_PASSWORD', '')
param graphSync = bool(readEnvironmentVariable('EXPERTBOT_GRAPH_SYNC', 'false'))
param graphTeams = empty(readEnvironmentVariable('EXPERTBOT_GRAPH_TEAMS', '')) ? [] : split(readEnvironmentVariable('EXPERTBOT_GRAPH_TEAMS', ''), ',')
param graphSites = empty(readEnvironmentVariable('EXPERTBOT_GRAPH_SITES', '')) ? [] : split(readEnvironmentVariable('EXPERTBOT_GRAPH_SITES', ''), ',')
param appServiceSkuName = 'B1'
param botSku = 'F0'
