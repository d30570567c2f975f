import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to the local embedded store on port 3978', () => {
    const c = loadConfig({}, {});
    expect(c).toMatchObject({ port: 3978, mode: 'local', store: 'sqlite', seedDemo: true });
  });
  it('lets explicit options win over the environment', () => {
    expect(loadConfig({ port: 4000 }, { PORT: '5000' }).port).toBe(4000);
    expect(loadConfig({}, { PORT: '5000' }).port).toBe(5000);
  });
  it('names the variable that is wrong', () => {
    expect(() => loadConfig({}, { PORT: 'abc' })).toThrowError(/PORT/);
    expect(() => loadConfig({}, { GT_MODE: 'cloud' })).toThrowError(ConfigError);
    expect(() => loadConfig({}, { GT_MODE: 'cloud' })).toThrowError(/GT_MODE/);
  });
  it('refuses a non-loopback HOST in local mode, naming GT_MODE and HOST on one line', () => {
    for (const host of [
      '0.0.0.0',
      '::',
      '192.168.1.20',
      'gt.example-council.gov.uk',
      '::ffff:10.0.0.1',
    ]) {
      expect(() => loadConfig({}, { HOST: host })).toThrowError(ConfigError);
      expect(() => loadConfig({ host }, {})).toThrowError(
        /^HOST=\S+ is not a loopback address: .*GT_MODE=tenant[^\n]*$/,
      );
    }
    expect(() => loadConfig({}, { HOST: '0.0.0.0', GT_MODE: 'local' })).toThrowError(/GT_MODE/);
  });
  it('accepts every spelling of the loopback interface in local mode', () => {
    for (const host of [
      '127.0.0.1',
      '127.8.9.10',
      'localhost',
      '::1',
      '[::1]',
      '0:0:0:0:0:0:0:1',
      '::ffff:127.0.0.1',
    ]) {
      expect(loadConfig({}, { HOST: host }).host).toBe(host);
    }
  });
  it('lets tenant mode listen on every interface (App Service sets HOST=0.0.0.0)', () => {
    const tenant = {
      mode: 'tenant' as const,
      host: '0.0.0.0',
      publicHost: 'goldenthread.example-council.gov.uk',
      entraAppId: '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      tenantId: '00000000-0000-4000-a000-00000000beef',
      botAppId: '5f0c7a52-3b41-4c7e-9d1a-2f6b8e4d9c10',
    };
    expect(loadConfig(tenant, {}).host).toBe('0.0.0.0');
  });
});
