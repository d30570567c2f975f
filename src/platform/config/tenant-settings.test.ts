import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { botConfigured } from './tenant-settings.js';

const TENANT_ENV = {
  GT_MODE: 'tenant',
  GT_PUBLIC_HOST: 'goldenthread.example.gov.uk',
  GT_APP_ID: '11111111-2222-4333-8444-555555555555',
  GT_TENANT_ID: '99999999-8888-4777-8666-555555555555',
  MICROSOFT_APP_ID: '66666666-7777-4888-9999-000000000000',
  MICROSOFT_APP_TENANT_ID: '99999999-8888-4777-8666-555555555555',
  MICROSOFT_APP_TYPE: 'UserAssignedMSI',
};

describe('tenant settings', () => {
  it('accepts a complete tenant configuration with a managed identity bot (no secret)', () => {
    const c = loadConfig({}, TENANT_ENV);
    expect(c).toMatchObject({ mode: 'tenant', publicHost: 'goldenthread.example.gov.uk' });
    expect(botConfigured(c)).toBe(true);
  });

  it('needs none of them in local mode', () => {
    expect(() => loadConfig({}, {})).not.toThrow();
    expect(botConfigured(loadConfig({}, {}))).toBe(true);
  });

  it('names each missing tenant setting', () => {
    const { GT_PUBLIC_HOST: _h, GT_TENANT_ID: _t, ...env } = TENANT_ENV;
    expect(() => loadConfig({}, env)).toThrowError(ConfigError);
    expect(() => loadConfig({}, env)).toThrowError(/GT_PUBLIC_HOST: required when GT_MODE=tenant/);
    expect(() => loadConfig({}, env)).toThrowError(/GT_TENANT_ID: required/);
  });

  it('names a malformed host name or id', () => {
    const badHost = { ...TENANT_ENV, GT_PUBLIC_HOST: 'https://goldenthread.example.gov.uk/' };
    expect(() => loadConfig({}, badHost)).toThrowError(/GT_PUBLIC_HOST: must be a host name/);
    expect(() => loadConfig({}, { ...TENANT_ENV, GT_APP_ID: 'abc' })).toThrowError(/GT_APP_ID/);
  });

  it('needs the bot secret for a SingleTenant registration only', () => {
    const single = { ...TENANT_ENV, MICROSOFT_APP_TYPE: 'SingleTenant' };
    expect(() => loadConfig({}, single)).toThrowError(/MICROSOFT_APP_PASSWORD: required/);
    const withSecret = loadConfig({}, { ...single, MICROSOFT_APP_PASSWORD: 'from-key-vault' });
    expect(botConfigured(withSecret)).toBe(true);
  });
});
