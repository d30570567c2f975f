// Sample values for filling the manifest's placeholders in tests: invented GUIDs and a host under
// the reserved example domain, so nothing points at a real tenant.
import type { PackageSettings } from '../../scripts/package-app.js';

export const SAMPLE: PackageSettings = {
  appId: '11111111-2222-4333-8444-555555555555',
  botId: '66666666-7777-4888-9999-000000000000',
  host: 'goldenthread.example.gov.uk',
  teamsAppId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  version: '1.2.3',
  developerName: 'Example Borough Council',
  privacyUrl: 'https://www.example.gov.uk/privacy',
  termsUrl: 'https://www.example.gov.uk/terms',
};

export const SAMPLE_ENV = {
  GT_APP_ID: SAMPLE.appId,
  GT_BOT_ID: SAMPLE.botId,
  GT_PUBLIC_HOST: SAMPLE.host,
};
