// Golden Thread in one resource group: managed identity, monitoring, Key Vault, web app and the
// Azure Bot with the Teams channel. Deploy with
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.parameters.json
// Secrets never pass through this file or the parameters file (see docs/deployment.md).
targetScope = 'resourceGroup'

@description('Short name prefix for every resource, e.g. gt-examplecc (letters, digits, hyphens).')
@minLength(3)
@maxLength(20)
param namePrefix string

@description('Azure region; UK South keeps council data in the UK.')
param location string = 'uksouth'

@description('Public host name (custom domain) of the app; empty to use <prefix>-app.azurewebsites.net.')
param publicHost string = ''

@description('Entra app (client) id of the Golden Thread registration (infra/entra/register-app.sh).')
param entraAppId string

@description('UserAssignedMSI: the bot signs in as the managed identity (no secret). SingleTenant: an app registration with a secret in Key Vault.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('Bot app id when botAppType is SingleTenant; ignored for UserAssignedMSI.')
param botAppId string = ''

@description('The store the server uses.')
@allowed([
  'sharepoint'
  'sqlite'
])
param store string = 'sharepoint'

@description('URL of the council SharePoint site that holds the Golden Thread lists.')
param sharePointSiteUrl string = ''

@description('App Service plan SKU.')
param appServiceSku string = 'B1'

@description('Azure Bot SKU.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Days to keep logs.')
param logRetentionDays int = 30

@description('Bot Connector service URL for a first chat with someone the bot has never talked to (GT_NUDGE_SERVICE_URL); once anyone has talked to the bot, the server uses the URL Teams sent. Public cloud: https://smba.trafficmanager.net/teams/ (GCC https://smba.infra.gcc.teams.microsoft.com/teams, GCC High https://smba.infra.gov.teams.microsoft.us/teams, DoD https://smba.infra.dod.teams.microsoft.us/teams).')
param nudgeServiceUrl string = 'https://smba.trafficmanager.net/teams/'

@description('Key Vault name suffix (letters and digits). Empty: six characters derived from the resource group id. A vault name stays taken while a deleted vault is soft-deleted (90 days, purge protection on), so redeploying into a recreated resource group needs a new suffix or recoverSoftDeletedVault.')
@maxLength(6)
param vaultNameSuffix string = ''

@description('True once, to recover the soft-deleted vault of this name with its secrets (createMode recover) after its resource group was deleted; fails if no deleted vault has the name. Set it back to false afterwards.')
param recoverSoftDeletedVault bool = false

@description('Install Golden Thread for officers through Graph before their first reminder (GT_NUDGE_INSTALL_APP). Needs the registration\'s federated credential trusting the managed identity and its Graph permissions (docs/deployment.md); a Teams app setup policy is the alternative that needs neither.')
param installForOfficers bool = false

@description('Golden Thread\'s id in the organisation catalogue, or its manifest id (GT_TEAMS_APP_ID); needed when installForOfficers is true.')
param teamsAppId string = ''

@description('Tags for every resource.')
param tags object = {
  application: 'golden-thread'
}

// Key Vault names are global and 3-24 characters: 14 + '-kv-' + at most 6. The default suffix is the
// same on every deployment into the same resource group (also a recreated one of the same name).
var vaultSuffix = empty(vaultNameSuffix) ? take(uniqueString(resourceGroup().id), 6) : toLower(vaultNameSuffix)
var vaultName = '${take(replace(namePrefix, '_', '-'), 14)}-kv-${vaultSuffix}'

module identity './modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: '${namePrefix}-identity'
    location: location
    tags: tags
  }
}

module monitoring './modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    namePrefix: namePrefix
    location: location
    retentionInDays: logRetentionDays
    tags: tags
  }
}

module vault './modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: vaultName
    location: location
    readerPrincipalId: identity.outputs.principalId
    insightsName: monitoring.outputs.insightsName
    recoverSoftDeleted: recoverSoftDeletedVault
    tags: tags
  }
}

var effectiveBotAppId = botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId

// keyVaultName comes from the key-vault module's outputs, so the web app and its app settings
// (Key Vault references) are deployed only after that module, the role assignment included.
module web './modules/web-app.bicep' = {
  name: 'web-app'
  params: {
    namePrefix: namePrefix
    location: location
    skuName: appServiceSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    keyVaultName: vault.outputs.name
    publicHost: publicHost
    entraAppId: entraAppId
    botAppId: effectiveBotAppId
    botAppType: botAppType
    store: store
    sharePointSiteUrl: sharePointSiteUrl
    nudgeServiceUrl: nudgeServiceUrl
    installForOfficers: installForOfficers
    teamsAppId: teamsAppId
    tags: tags
  }
}

module bot './modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${namePrefix}-bot'
    publicHost: web.outputs.publicHost
    botAppId: effectiveBotAppId
    botAppType: botAppType
    identityId: identity.outputs.id
    sku: botSku
    tags: tags
  }
}

@description('Host name for GT_PUBLIC_HOST when building the Teams app package.')
output publicHost string = web.outputs.publicHost
@description('The web app name, for az webapp deploy.')
output webAppName string = web.outputs.name
@description('Bot app id, for GT_BOT_ID when building the Teams app package.')
output botAppId string = effectiveBotAppId
@description('The bot messaging endpoint.')
output botEndpoint string = bot.outputs.endpoint
@description('Key Vault holding the secrets.')
output keyVaultName string = vault.outputs.name
@description('Client id of the managed identity (grant it Sites.Selected).')
output managedIdentityClientId string = identity.outputs.clientId
@description('Object (principal) id of the managed identity.')
output managedIdentityPrincipalId string = identity.outputs.principalId
