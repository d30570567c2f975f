// GT_NUDGE_INSTALL_APP=true needs the manifest id and Graph credentials, named when missing.
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const APP = '7d3c1f0e-2b4a-4c5d-8e6f-0a1b2c3d4e5f';

describe('the nudge install settings', () => {
  it('are off by default and need nothing then', () => {
    const config = loadConfig({}, {});
    expect(config.nudgeInstallApp).toBe(false);
    expect(config.nudgeServiceUrl).toBeUndefined();
  });

  it('name the manifest id and Graph credentials when turned on without them', () => {
    expect(() => loadConfig({}, { GT_NUDGE_INSTALL_APP: 'true' })).toThrow(
      /GT_TEAMS_APP_ID: required[\s\S]*AZURE_CLIENT_ID/,
    );
    expect(() => loadConfig({}, { GT_TEAMS_APP_ID: 'not-a-guid' })).toThrow(/GT_TEAMS_APP_ID/);
    expect(() => loadConfig({}, { GT_NUDGE_SERVICE_URL: 'smba' })).toThrow(/GT_NUDGE_SERVICE_URL/);
  });

  it('take the manifest id from GT_APP_ID, as npm run package does, and a managed identity', () => {
    const config = loadConfig(
      {},
      {
        GT_NUDGE_INSTALL_APP: 'true',
        GT_APP_ID: APP,
        GT_USE_MANAGED_IDENTITY: 'true',
        GT_NUDGE_SERVICE_URL: 'https://smba.trafficmanager.net/uk/',
      },
    );
    expect(config).toMatchObject({ nudgeInstallApp: true, entraAppId: APP });
  });
});
