// The Azure Bot registration and its Microsoft Teams channel.

param botName string

param displayName string

@description('https://<web app host>/api/messages')
param messagingEndpoint string

@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string

@description('Client id of the app registration (SingleTenant) or of the user-assigned identity (UserAssignedMSI).')
param microsoftAppId string

param tenantId string

@description('Resource id of the user-assigned identity; used only when appType is UserAssignedMSI.')
param identityId string

@allowed([
  'F0'
  'S1'
])
param sku string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  // Azure Bot is a global resource; its data residency follows the tenant.
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: appType
    msaAppId: microsoftAppId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

output botName string = bot.name
