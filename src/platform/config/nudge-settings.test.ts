// GT_NUDGE_INSTALL_APP=true needs the manifest id and the registration's own install credential
// (never the store's), named when missing.
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const APP = '7d3c1f0e-2b4a-4c5d-8e6f-0a1b2c3d4e5f';

describe('the nudge install settings', () => {
  it('are off by default and need nothing then', () => {
    const config = loadConfig({}, {});
    expect(config.nudgeInstallApp).toBe(false);
    expect(config.nudgeServiceUrl).toBeUndefined();
  });

  it('name the manifest id and the install credential when turned on without them', () => {
    expect(() => loadConfig({}, { GT_NUDGE_INSTALL_APP: 'true' })).toThrow(
      /GT_TEAMS_APP_ID: required[\s\S]*GT_INSTALL_CERTIFICATE_PATH or GT_INSTALL_FEDERATED_CREDENTIAL[\s\S]*GT_TENANT_ID/,
    );
    // The store's managed identity is not an install credential.
    expect(() =>
      loadConfig(
        {},
        { GT_NUDGE_INSTALL_APP: 'true', GT_APP_ID: APP, GT_USE_MANAGED_IDENTITY: 'true' },
      ),
    ).toThrow(/GT_INSTALL_CERTIFICATE_PATH or GT_INSTALL_FEDERATED_CREDENTIAL/);
    expect(() => loadConfig({}, { GT_TEAMS_APP_ID: 'not-a-guid' })).toThrow(/GT_TEAMS_APP_ID/);
    expect(() => loadConfig({}, { GT_NUDGE_SERVICE_URL: 'smba' })).toThrow(/GT_NUDGE_SERVICE_URL/);
  });

  it('take the manifest id and registration from GT_APP_ID, with a federated credential', () => {
    const config = loadConfig(
      {},
      {
        GT_NUDGE_INSTALL_APP: 'true',
        GT_APP_ID: APP,
        GT_TENANT_ID: '00000000-0000-4000-a000-00000000beef',
        GT_INSTALL_FEDERATED_CREDENTIAL: 'true',
        GT_NUDGE_SERVICE_URL: 'https://smba.trafficmanager.net/uk/',
      },
    );
    expect(config).toMatchObject({
      nudgeInstallApp: true,
      entraAppId: APP,
      installFederated: true,
    });
  });

  it('accept the registration’s certificate instead', () => {
    const config = loadConfig(
      {},
      {
        GT_NUDGE_INSTALL_APP: 'true',
        GT_APP_ID: APP,
        GT_TENANT_ID: '00000000-0000-4000-a000-00000000beef',
        GT_INSTALL_CERTIFICATE_PATH: '/secrets/registration.pem',
      },
    );
    expect(config.installCertificatePath).toBe('/secrets/registration.pem');
    expect(() => loadConfig({}, { GT_INSTALL_CLIENT_ID: 'nope' })).toThrow(/GT_INSTALL_CLIENT_ID/);
  });
});
