// Key Vault with Azure RBAC (no access policies). The web app's managed identity may read secrets;
// the Application Insights connection string is stored here so app settings only hold references.
// The bot's client secret (only when msaAppType is SingleTenant) is added by the admin with
// `az keyvault secret set`, never through a parameters file.
@description('Key Vault name (3-24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Principal id of the managed identity that reads secrets.')
param readerPrincipalId string

@description('Name of the Application Insights component whose connection string is stored.')
param insightsName string

@description('Recover the soft-deleted vault of this name (createMode recover) instead of creating one.')
param recoverSoftDeleted bool = false

@description('Tags for every resource.')
param tags object = {}

// Built-in role "Key Vault Secrets User": read secret contents only.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    // Soft delete keeps a deleted vault's name for the retention period, and purge protection means
    // nobody can free it sooner ("Azure Key Vault soft-delete overview"); recovering brings the
    // secrets back but not role assignments, which readSecrets below creates again.
    createMode: recoverSoftDeleted ? 'recover' : 'default'
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: insightsName
}

resource insightsSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'applicationinsights-connection-string'
  properties: {
    value: insights.properties.ConnectionString
  }
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
output insightsSecretName string = insightsSecret.name
