// Values come from the environment so one `az deployment group create` works for both app types
// without writing a secret to disk:
//   BOT_APP_TYPE            UserAssignedMSI (default) or SingleTenant
//   MICROSOFT_APP_ID        SingleTenant only: the app registration's client id
//   MICROSOFT_APP_PASSWORD  SingleTenant only: its client secret (goes to Key Vault)
using 'main.bicep'

param baseName = readEnvironmentVariable('EXPERTBOT_BASE_NAME', 'expertbot')
param appType = readEnvironmentVariable('BOT_APP_TYPE', 'UserAssignedMSI')
param microsoftAppId = readEnvironmentVariable('MICROSOFT_APP_ID', '')
param microsoftAppPassword = readEnvironmentVariable('MICROSOFT_APP_PASSWORD', '')
param appServiceSkuName = 'B1'
param botSku = 'F0'
