// App Service plan and Linux web app (Node 20 LTS) running the Golden Thread server. It runs as the
// user-assigned managed identity and resolves secrets through Key Vault references, so no secret is
// held in app settings or in this repository.
@description('Name prefix for the plan and the app.')
param namePrefix string

@description('Azure region.')
param location string

@description('App Service plan SKU (B1 is enough for one council; P0v3 for deployment slots).')
param skuName string = 'B1'

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Key Vault name that holds the secrets.')
param keyVaultName string

@description('Public host name of the app; empty means the default azurewebsites.net name.')
param publicHost string = ''

@description('Entra app (client) id of the tab API registration.')
param entraAppId string

@description('Bot app id: the managed identity client id (UserAssignedMSI) or an app registration.')
param botAppId string

@description('How the bot authenticates to the Bot Framework.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string

@description('The store: sharepoint in a council tenant.')
@allowed([
  'sharepoint'
  'sqlite'
])
param store string

@description('URL of the council SharePoint site that holds the lists.')
param sharePointSiteUrl string = ''

@description('Tags for every resource.')
param tags object = {}

var appName = '${namePrefix}-app'
var host = empty(publicHost) ? '${appName}.azurewebsites.net' : publicHost
var kvRef = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName='

var baseSettings = [
  { name: 'GT_MODE', value: 'tenant' }
  { name: 'HOST', value: '0.0.0.0' }
  { name: 'STORE', value: store }
  { name: 'GT_SEED_DEMO', value: 'false' }
  { name: 'GT_DATA_FILE', value: '/home/data/golden-thread.db' }
  { name: 'LOG_LEVEL', value: 'info' }
  { name: 'GT_PUBLIC_HOST', value: host }
  { name: 'GT_APP_ID', value: entraAppId }
  { name: 'GT_TENANT_ID', value: subscription().tenantId }
  { name: 'MICROSOFT_APP_ID', value: botAppId }
  { name: 'MICROSOFT_APP_TYPE', value: botAppType }
  { name: 'MICROSOFT_APP_TENANT_ID', value: subscription().tenantId }
  { name: 'SHAREPOINT_SITE', value: sharePointSiteUrl }
  // The SharePoint store reaches Graph as the user-assigned managed identity, picked by client id.
  { name: 'GT_USE_MANAGED_IDENTITY', value: 'true' }
  { name: 'AZURE_CLIENT_ID', value: identityClientId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: '${kvRef}applicationinsights-connection-string)' }
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
  { name: 'WEBSITE_NODE_DEFAULT_VERSION', value: '~20' }
]
// A client secret exists only for a SingleTenant bot registration, and only in Key Vault.
var botSecretSettings = botAppType == 'SingleTenant'
  ? [{ name: 'MICROSOFT_APP_PASSWORD', value: '${kvRef}bot-app-password)' }]
  : []

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  tags: tags
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
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      appSettings: concat(baseSettings, botSecretSettings)
    }
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
output publicHost string = host
