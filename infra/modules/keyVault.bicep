// Holds the bot's client secret (SingleTenant only); the web app reads it through a Key Vault
// reference with the user-assigned identity, so the secret never sits in an app setting.

param location string

@description('Key Vault name: 3-24 letters, digits and hyphens.')
@minLength(3)
@maxLength(24)
param keyVaultName string

@description('Principal id of the managed identity that reads the secret.')
param principalId string

@description('Tenant of the vault and of the identity.')
param tenantId string

@secure()
@description('The app registration\'s client secret.')
param microsoftAppPassword string

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

resource appPassword 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: microsoftAppPassword
    contentType: 'Microsoft Entra client secret of the bot app registration'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, principalId, keyVaultSecretsUser)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

// The URI names the secret; reading its value still takes Key Vault Secrets User.
#disable-next-line outputs-should-not-contain-secrets
@description('Versionless secret URI, so a rotated secret is picked up without redeploying.')
output appPasswordSecretUri string = appPassword.properties.secretUri
