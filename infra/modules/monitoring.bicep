// Log Analytics workspace and workspace-based Application Insights: the server's pino logs (App
// Service console logs) and telemetry land here.
@description('Name prefix for the monitoring resources.')
param namePrefix string

@description('Azure region.')
param location string

@description('Days to keep logs (30 is the free allowance).')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('Tags for every resource.')
param tags object = {}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableIpMasking: false
  }
}

output workspaceId string = workspace.id
output insightsName string = insights.name
