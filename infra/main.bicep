// ExpertBot on Azure: an Azure Bot with the Teams channel, a Linux web app on .NET 10 that runs as a
// user-assigned managed identity, its tables (no shared keys), Application
// Insights and, for a SingleTenant app registration, a Key Vault for the client secret.
//
//   az deployment group create --resource-group <rg> --parameters infra/main.bicepparam

targetScope = 'resourceGroup'

@description('Prefix of the resource names: lower-case letters, digits and hyphens.')
@minLength(3)
@maxLength(20)
param baseName string = 'expertbot'

param location string = resourceGroup().location

@description('How the bot authenticates to the Bot Framework: an app registration with a client secret (SingleTenant) or the web app\'s user-assigned managed identity (UserAssignedMSI).')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string = 'UserAssignedMSI'

@description('Client id of the single-tenant app registration. Ignored for UserAssignedMSI, where the identity\'s client id is the app id.')
param microsoftAppId string = ''

@secure()
@description('Client secret of the app registration; required for SingleTenant, ignored for UserAssignedMSI. Stored only in Key Vault.')
param microsoftAppPassword string = ''

@description('Tenant of the bot\'s app and of the organisation whose Microsoft Graph the bot reads.')
param tenantId string = tenant().tenantId

@description('Turn the Microsoft Graph sync on. Off at first deploy: grant the permissions and choose the sources first (README, "Evidence from the live tenant").')
param graphSync bool = false

@description('Team ids whose standard channels and library the sync reads (Graph:Teams). Empty: no team is read.')
param graphTeams array = []

@description('Site ids whose document libraries the sync reads (Graph:Sites). Empty: no site is read.')
param graphSites array = []

@description('App Service plan SKU.')
param appServiceSkuName string = 'B1'

@description('Azure Bot pricing tier; Teams is a standard channel, free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

var useClientSecret = appType == 'SingleTenant'
var suffix = uniqueString(resourceGroup().id, baseName)
// Every table the code uses (Bot/Storage/TableNames.cs); InfraTemplateTests fails when the two lists differ.
var tableNames = [
  'Conversations'
  'PersonalConversations'
  'Endorsements'
  'EndorsementsGiven'
  'Preferences'
  'Subscriptions'
  'DigestDeliveries'
  'DigestCharts'
  'Leases'
  'SyncCheckpoints'
  'SyncStatus'
  'Evidence'
  'Photos'
  'RoutedQuestions'
  'RoutingDue'
  'RoutingLoad'
  'Thanks'
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${baseName}'
  location: location
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    baseName: baseName
    location: location
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    storageAccountName: take('st${toLower(replace(baseName, '-', ''))}${suffix}', 24)
    principalId: identity.properties.principalId
    tableNames: tableNames
  }
}

module keyVault 'modules/keyVault.bicep' = if (useClientSecret) {
  name: 'keyVault'
  params: {
    location: location
    keyVaultName: 'kv${suffix}'
    principalId: identity.properties.principalId
    tenantId: tenantId
    microsoftAppPassword: microsoftAppPassword
  }
}

var botAppId = useClientSecret ? microsoftAppId : identity.properties.clientId

var commonSettings = [
  {
    name: 'MicrosoftAppType'
    value: appType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenantId
  }
  {
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'Storage__TableServiceUri'
    value: storage.outputs.tableServiceUri
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: monitoring.outputs.connectionString
  }
]

// Graph is read as the bot's own identity (the app registration, secret below, or the managed identity), and only
// once graphSync is set: without Graph:ClientId the bot ranks from its snapshot and calls no Graph API.
var graphSettings = graphSync
  ? concat(
      [
        {
          name: 'Graph__TenantId'
          value: tenantId
        }
        {
          name: 'Graph__ClientId'
          value: botAppId
        }
        {
          name: 'Graph__UseManagedIdentity'
          value: useClientSecret ? 'false' : 'true'
        }
      ],
      map(range(0, length(graphTeams)), i => { name: 'Graph__Teams__${i}', value: string(graphTeams[i]) }),
      map(range(0, length(graphSites)), i => { name: 'Graph__Sites__${i}', value: string(graphSites[i]) })
    )
  : []

// The client secret reaches the app only as a Key Vault reference, resolved by App Service.
var secretSettings = useClientSecret
  ? [
      {
        name: 'MicrosoftAppPassword'
        value: '@Microsoft.KeyVault(SecretUri=${keyVault!.outputs.appPasswordSecretUri})'
      }
    ]
  : []

var graphSecretSettings = useClientSecret && graphSync
  ? [
      {
        name: 'Graph__ClientSecret'
        value: '@Microsoft.KeyVault(SecretUri=${keyVault!.outputs.appPasswordSecretUri})'
      }
    ]
  : []

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    location: location
    appServicePlanName: 'asp-${baseName}'
    webAppName: '${baseName}-${suffix}'
    skuName: appServiceSkuName
    identityId: identity.id
    appSettings: concat(commonSettings, graphSettings, secretSettings, graphSecretSettings)
  }
}

var messagingEndpoint = 'https://${webApp.outputs.defaultHostName}/api/messages'

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: 'bot-${baseName}-${suffix}'
    displayName: 'ExpertBot'
    messagingEndpoint: messagingEndpoint
    appType: appType
    microsoftAppId: botAppId
    tenantId: tenantId
    identityId: identity.id
    sku: botSku
  }
}

output messagingEndpoint string = messagingEndpoint
output botDomain string = webApp.outputs.defaultHostName
output microsoftAppId string = botAppId
output identityClientId string = identity.properties.clientId
output webAppName string = webApp.outputs.name
