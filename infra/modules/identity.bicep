// The user-assigned managed identity the web app runs as: it reads Key Vault secrets, is the bot's
// identity (msaAppType UserAssignedMSI) and is granted Sites.Selected on the council's SharePoint site.
@description('Name of the managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
