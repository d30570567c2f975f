// The Azure Bot registration with the Microsoft Teams channel. Its messaging endpoint is the web
// app's /api/messages (where bot/adapter.ts listens).
@description('Bot resource name (globally unique handle).')
param name string

@description('Display name shown in Teams.')
param displayName string = 'Golden Thread'

@description('Public host name of the web app.')
param publicHost string

@description('Bot app id: the managed identity client id (UserAssignedMSI) or an app registration.')
param botAppId string

@description('How the bot authenticates to the Bot Framework.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string

@description('Resource id of the managed identity (used when botAppType is UserAssignedMSI).')
param identityId string

@description('F0 (free, 10,000 premium messages a month) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

@description('Tags for every resource.')
param tags object = {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${publicHost}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: subscription().tenantId
    msaAppMSIResourceId: botAppType == 'UserAssignedMSI' ? identityId : null
    disableLocalAuth: false
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
    }
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint
