// App Service plan and Linux web app (Node.js 24 LTS) running the Golden Thread server. It runs as
// the user-assigned managed identity and resolves secrets through Key Vault references, so no secret
// is held in app settings or in this repository.
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

@description('Bot Connector service URL for a first chat with someone the bot has never talked to (GT_NUDGE_SERVICE_URL).')
param nudgeServiceUrl string

@description('Install Golden Thread for officers through Graph before their first reminder (GT_NUDGE_INSTALL_APP), signing in as the registration through its federated credential that trusts the managed identity (docs/deployment.md, "Reaching officers who never opened the app").')
param installForOfficers bool = false

@description('The app id of Golden Thread in the organisation catalogue or its manifest id (GT_TEAMS_APP_ID); needed when installForOfficers is true.')
param teamsAppId string = ''

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
  { name: 'GT_NUDGE_SERVICE_URL', value: nudgeServiceUrl }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: '${kvRef}applicationinsights-connection-string)' }
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
  { name: 'WEBSITE_NODE_DEFAULT_VERSION', value: '~24' }
]
// Installs run as the tab registration (the manifest's webApplicationInfo app), never as the store's
// managed identity; the federated credential means no secret is stored ("Proactive installation").
var installSettings = installForOfficers
  ? [
      { name: 'GT_NUDGE_INSTALL_APP', value: 'true' }
      { name: 'GT_TEAMS_APP_ID', value: teamsAppId }
      { name: 'GT_INSTALL_CLIENT_ID', value: entraAppId }
      { name: 'GT_INSTALL_FEDERATED_CREDENTIAL', value: 'true' }
    ]
  : []
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
      // Node.js 20 reached end of life on 30/04/2026; `az webapp list-runtimes --os linux` lists
      // the stacks App Service offers. Keep in step with package.json engines, .nvmrc and .ci/run.
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

// App settings as their own resource, after the site, as "Use Key Vault references as app
// settings" (Azure Resource Manager deployment) asks. main.bicep passes keyVaultName from the
// key-vault module's outputs, so this whole module waits for that module, Key Vault Secrets User
// role assignment included. Each redeploy rewrites the settings, and a configuration change makes
// App Service fetch every reference again; a reference still unresolved reaches the server as the
// literal @Microsoft.KeyVault(...) text, which src/server/config treats as unset and logs.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: app
  name: 'appsettings'
  properties: toObject(concat(baseSettings, botSecretSettings, installSettings), s => s.name, s => s.value)
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
output publicHost string = host
