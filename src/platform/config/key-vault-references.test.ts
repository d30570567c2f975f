// A setting App Service could not resolve arrives as the literal @Microsoft.KeyVault(...) text
// ("Use Key Vault references as app settings", Troubleshoot): it counts as unset, by name only.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { isUnresolvedKeyVaultReference, logUnresolvedReferences } from './key-vault-references.js';

const TENANT_ENV = {
  GT_MODE: 'tenant',
  GT_PUBLIC_HOST: 'goldenthread.example.gov.uk',
  GT_APP_ID: '11111111-2222-4333-8444-555555555555',
  GT_TENANT_ID: '99999999-8888-4777-8666-555555555555',
  MICROSOFT_APP_ID: '66666666-7777-4888-9999-000000000000',
  MICROSOFT_APP_TENANT_ID: '99999999-8888-4777-8666-555555555555',
  MICROSOFT_APP_TYPE: 'UserAssignedMSI',
};
// What infra/modules/web-app.bicep writes, as App Service passes it on when it cannot resolve it.
const INSIGHTS_REF =
  '@Microsoft.KeyVault(VaultName=gt-examplecc-kv-abc123;SecretName=applicationinsights-connection-string)';
const PASSWORD_REF =
  '@Microsoft.KeyVault(VaultName=gt-examplecc-kv-abc123;SecretName=bot-app-password)';

function collect() {
  const heard: string[][] = [];
  return { heard, onUnresolved: (names: string[]) => heard.push(names) };
}

describe('unresolved Key Vault references', () => {
  it('are recognised in both documented forms, and nothing else is', () => {
    expect(isUnresolvedKeyVaultReference(INSIGHTS_REF)).toBe(true);
    expect(
      isUnresolvedKeyVaultReference(
        '@Microsoft.KeyVault(SecretUri=https://myvault.vault.azure.net/secrets/mysecret)',
      ),
    ).toBe(true);
    expect(isUnresolvedKeyVaultReference('InstrumentationKey=0000;IngestionEndpoint=x')).toBe(
      false,
    );
    expect(isUnresolvedKeyVaultReference('a password with @Microsoft.KeyVault( inside')).toBe(
      false,
    );
    expect(isUnresolvedKeyVaultReference(undefined)).toBe(false);
  });

  it('leave telemetry off instead of failing validation, and are named once', () => {
    const { heard, onUnresolved } = collect();
    const env = { ...TENANT_ENV, APPLICATIONINSIGHTS_CONNECTION_STRING: INSIGHTS_REF };
    const config = loadConfig({}, env, onUnresolved);
    expect(config.appInsightsConnectionString).toBeUndefined();
    expect(config.mode).toBe('tenant');
    expect(heard).toEqual([['APPLICATIONINSIGHTS_CONNECTION_STRING']]);
  });

  it('say so when the missing setting is required: a SingleTenant bot secret', () => {
    const env = {
      ...TENANT_ENV,
      MICROSOFT_APP_TYPE: 'SingleTenant',
      MICROSOFT_APP_PASSWORD: PASSWORD_REF,
    };
    const { heard, onUnresolved } = collect();
    let message = '';
    try {
      loadConfig({}, env, onUnresolved);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/MICROSOFT_APP_PASSWORD: required when GT_MODE=tenant/);
    expect(message).toMatch(/MICROSOFT_APP_PASSWORD: App Service could not resolve its Key Vault/);
    expect(message).not.toContain('bot-app-password');
    expect(heard).toEqual([]);
  });

  it('resolved, pass through unchanged and are not reported', () => {
    const { heard, onUnresolved } = collect();
    const value = 'InstrumentationKey=00000000-0000-0000-0000-000000000000';
    const env = { ...TENANT_ENV, APPLICATIONINSIGHTS_CONNECTION_STRING: value };
    expect(loadConfig({}, env, onUnresolved).appInsightsConnectionString).toBe(value);
    expect(heard).toEqual([]);
  });

  it('do not hide an error they cannot explain', () => {
    const env = { PORT: 'abc', APPLICATIONINSIGHTS_CONNECTION_STRING: INSIGHTS_REF };
    expect(() => loadConfig({}, env, () => undefined)).toThrowError(
      /PORT:[\s\S]*APPLICATIONINSIGHTS_CONNECTION_STRING: App Service could not resolve/,
    );
  });

  it('are logged as one JSON warning naming the settings, not their values', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    logUnresolvedReferences(['APPLICATIONINSIGHTS_CONNECTION_STRING'], sink);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as { level: number; settings: string[]; msg: string };
    expect(line).toMatchObject({ level: 40, settings: ['APPLICATIONINSIGHTS_CONNECTION_STRING'] });
    expect(line.msg).toMatch(/count as unset/);
    expect(lines[0]).not.toContain('@Microsoft.KeyVault');
  });
});
