// Linux App Service running the bot on .NET 10.

param location string

param appServicePlanName string

param webAppName string

@description('App Service plan SKU; B1 or higher keeps the app always on for the weekly digest.')
param skuName string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('App settings as name/value pairs.')
param appSettings object[]

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: appServicePlanName
  location: location
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references resolve with this identity; the default would be a system-assigned one.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Readiness (Bot/Hosting/HealthEndpoints.cs): an instance without its index or its tables gets no traffic.
      healthCheckPath: '/health/ready'
      appSettings: appSettings
    }
  }
}

resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

output defaultHostName string = site.properties.defaultHostName
output name string = site.name
