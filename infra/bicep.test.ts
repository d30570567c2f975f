// Offline checks of the Bicep: the Bicep compiler is not installable here from npm or Debian, so the
// structure is checked instead (see infra/README.md). A real `az bicep build` belongs in the
// council's deployment pipeline.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENV_NAMES } from '../src/server/config/config.js';
import {
  checkModuleCall,
  checkParametersFile,
  findSecrets,
  parseModules,
  parseOutputs,
  parseParams,
} from './bicep-offline-check.js';

const INFRA = path.dirname(fileURLToPath(import.meta.url));
const read = (file: string) => readFileSync(path.join(INFRA, file), 'utf8');
const main = read('main.bicep');
const calls = parseModules(main);
const modules = readdirSync(path.join(INFRA, 'modules')).filter((f) => f.endsWith('.bicep'));

describe('the offline Bicep checker', () => {
  it('finds a module call that passes an unknown parameter or misses a required one', () => {
    const moduleSource = 'param a string\nparam b int = 1\n// param c string\n';
    const call = { symbol: 'm', path: './m.bicep', params: ['b', 'zz'] };
    expect(checkModuleCall(call, moduleSource)).toEqual([
      'module m passes unknown parameter zz',
      'module m misses required parameter a',
    ]);
  });
  it('reads nested params blocks to their top-level keys only', () => {
    const source =
      "module x './x.bicep' = {\n  name: 'x'\n  params: {\n    a: 1\n    b: {\n      c: 2\n    }\n  }\n}\n";
    expect(parseModules(source)).toEqual([{ symbol: 'x', path: './x.bicep', params: ['a', 'b'] }]);
  });
  it('finds a secret pasted into a file', () => {
    expect(findSecrets('"botPassword": "hunter2-abc"')).toEqual(['a literal password or secret']);
    expect(findSecrets("value: '@Microsoft.KeyVault(VaultName=kv;SecretName=x)'")).toEqual([]);
  });
});

describe('infra/main.bicep', () => {
  it('calls every module file, and every called module exists', () => {
    const called = calls.map((c) => path.basename(c.path)).sort();
    expect(called).toEqual([...modules].sort());
    expect(calls.every((c) => c.path.startsWith('./modules/'))).toBe(true);
  });

  it('passes each module exactly the parameters it declares, and all the required ones', () => {
    const problems = calls.flatMap((c) => checkModuleCall(c, read(c.path)));
    expect(problems).toEqual([]);
  });

  it('has a parameters file that matches its parameters', () => {
    expect(checkParametersFile(main, read('main.parameters.json'))).toEqual([]);
    expect(parseParams(main).map((p) => p.name)).toContain('entraAppId');
  });

  it('outputs what the app package and the guide need', () => {
    expect(parseOutputs(main)).toEqual(
      expect.arrayContaining([
        'publicHost',
        'botAppId',
        'webAppName',
        'keyVaultName',
        'managedIdentityClientId',
      ]),
    );
  });

  it('runs Node 20 LTS on Linux with Key Vault references and the managed identity', () => {
    const web = read('modules/web-app.bicep');
    expect(web).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(web).toContain('keyVaultReferenceIdentity: identityId');
    expect(web).toMatch(/APPLICATIONINSIGHTS_CONNECTION_STRING', value: '\$\{kvRef\}/);
    expect(web).toContain("healthCheckPath: '/healthz'");
  });

  it('sets only app settings the server reads (or App Service and @azure/identity read)', () => {
    const names = [...read('modules/web-app.bicep').matchAll(/\{ name: '([A-Z_]+)'/g)].map(
      (m) => m[1],
    );
    const platform = ['SCM_DO_BUILD_DURING_DEPLOYMENT', 'WEBSITE_NODE_DEFAULT_VERSION'];
    const known = new Set([...Object.values(ENV_NAMES), ...platform]);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => !known.has(n!))).toEqual([]);
  });

  it('uses an RBAC Key Vault and a Teams-enabled bot on /api/messages', () => {
    expect(read('modules/key-vault.bicep')).toContain('enableRbacAuthorization: true');
    const bot = read('modules/bot.bicep');
    expect(bot).toContain("channelName: 'MsTeamsChannel'");
    expect(bot).toContain("endpoint: 'https://${publicHost}/api/messages'");
  });

  it('holds no secret in any infrastructure file', () => {
    const files = ['main.bicep', 'main.parameters.json', ...modules.map((m) => `modules/${m}`)];
    files.push(...readdirSync(path.join(INFRA, 'entra')).map((f) => `entra/${f}`));
    const found = files.flatMap((f) => findSecrets(read(f)).map((what) => `${f}: ${what}`));
    expect(found).toEqual([]);
  });
});
