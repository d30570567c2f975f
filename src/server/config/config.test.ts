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
});
