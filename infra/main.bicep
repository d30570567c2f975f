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

@description('Tags for every resource.')
param tags object = {
  application: 'golden-thread'
}

var vaultName = '${take(replace(namePrefix, '_', '-'), 14)}-kv-${take(uniqueString(resourceGroup().id), 6)}'

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
    tags: tags
  }
}

var effectiveBotAppId = botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId

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
