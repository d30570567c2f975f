// The hook point for telemetry export. App Service sets APPLICATIONINSIGHTS_CONNECTION_STRING (a Key
// Vault reference, infra/modules/web-app.bicep); when it is present this is where the exporter
// starts. No exporter package is installed yet (it would be `@azure/monitor-opentelemetry`, whose
// `useAzureMonitor({ azureMonitorExporterOptions: { connectionString } })` must run before express
// is imported), so for now it says that export would be on, and never logs the connection string.
import type { Logger } from './logger.js';

export interface TelemetrySettings {
  appInsightsConnectionString?: string;
}

export type TelemetryState = 'off' | 'would-export';

let announced = false;

export function enableTelemetry(settings: TelemetrySettings, logger: Logger): TelemetryState {
  if (!settings.appInsightsConnectionString) return 'off';
  if (!announced) {
    // The connection string names the ingestion endpoint and key: log only that it is set.
    logger.info(
      { telemetry: 'application-insights', exporter: 'not-installed' },
      'APPLICATIONINSIGHTS_CONNECTION_STRING is set: telemetry export would be enabled',
    );
    announced = true;
  }
  return 'would-export';
}
