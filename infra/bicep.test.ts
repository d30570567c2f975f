// Offline checks of the Bicep: the Bicep compiler is not installable here from npm or Debian, so the
// structure is checked instead (see infra/README.md). A real `az bicep build` belongs in the
// council's deployment pipeline.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENV_NAMES } from '../src/platform/config/config.js';
import { loadConfig } from '../src/platform/config/config.js';
import {
  checkModuleCall,
  checkParametersFile,
  findSecrets,
  moduleDependencies,
  paramMaxLength,
  parseModules,
  parseOutputs,
  parseParams,
} from './bicep-offline-check.js';

const INFRA = path.dirname(fileURLToPath(import.meta.url));
const read = (file: string) => readFileSync(path.join(INFRA, file), 'utf8');
const readRepo = (file: string) => readFileSync(path.join(INFRA, '..', file), 'utf8');
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
  it('finds the modules a module call waits for, by dependsOn or by reading their outputs', () => {
    const source =
      "module a './a.bicep' = {\n  name: 'a'\n}\n" +
      "module b './b.bicep' = {\n  name: 'b'\n  dependsOn: [\n    a\n  ]\n}\n" +
      "module c './c.bicep' = {\n  name: 'c'\n  params: {\n    x: b.outputs.name\n    // y: a.outputs.id\n  }\n}\n";
    expect(moduleDependencies(source)).toEqual({ a: [], b: ['a'], c: ['b'] });
  });
  it("reads a param's @maxLength from the decorators above it, and only those", () => {
    const source =
      "@maxLength(6)\nparam a string = ''\n\n@description('x')\n@maxLength(9)\nparam b string\nparam c string\n";
    expect([paramMaxLength(source, 'a'), paramMaxLength(source, 'b')]).toEqual([6, 9]);
    expect(paramMaxLength(source, 'c')).toBeUndefined();
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

  it('runs Node.js 24 LTS on Linux with Key Vault references and the managed identity', () => {
    const web = read('modules/web-app.bicep');
    expect(web).toContain("linuxFxVersion: 'NODE|24-lts'");
    expect(web).toContain('keyVaultReferenceIdentity: identityId');
    expect(web).toMatch(/APPLICATIONINSIGHTS_CONNECTION_STRING', value: '\$\{kvRef\}/);
    expect(web).toContain("healthCheckPath: '/healthz'");
  });

  it('deploys, declares and tests one Node.js LTS major: Bicep, engines, .nvmrc and CI', () => {
    const web = read('modules/web-app.bicep');
    const engines = (JSON.parse(readRepo('package.json')) as { engines: { node: string } }).engines;
    const majors = {
      linuxFxVersion: /linuxFxVersion: 'NODE\|(\d+)-lts'/.exec(web)?.[1],
      nodeDefaultVersion: /WEBSITE_NODE_DEFAULT_VERSION', value: '~(\d+)'/.exec(web)?.[1],
      engines: /^>=(\d+)\.\d+$/.exec(engines.node)?.[1],
      nvmrc: /^(\d+)\s*$/.exec(readRepo('.nvmrc'))?.[1],
      ci: /^NODE_VERSION=(\d+)\.\d+\.\d+$/m.exec(readRepo('.ci/run'))?.[1],
    };
    const first = Number(majors.linuxFxVersion);
    expect(majors).toEqual(Object.fromEntries(Object.keys(majors).map((k) => [k, String(first)])));
    // Only even majors become LTS, and 20 reached end of life on 30/04/2026.
    expect(first % 2).toBe(0);
    expect(first).toBeGreaterThanOrEqual(22);
  });

  it('puts the CI Node.js first on PATH, with its headers for native builds, before npm ci', () => {
    const ci = readRepo('.ci/run');
    const at = (text: string) => ci.indexOf(text);
    expect(at('export PATH="$NODE_DIR/bin:$PATH"')).toBeGreaterThan(0);
    expect(at('export npm_config_nodedir="$NODE_DIR"')).toBeGreaterThan(0);
    for (const step of ['npm ci', 'npm run check', 'npm test']) {
      expect(at(step)).toBeGreaterThan(at('export npm_config_nodedir'));
    }
  });

  it('writes app settings as their own resource, after the Key Vault role assignment', () => {
    const web = read('modules/web-app.bicep');
    // "Use Key Vault references as app settings": define app settings as their own resource.
    expect(web).toMatch(
      /resource \w+ 'Microsoft\.Web\/sites\/config@[\d-]+' = \{\n\s+parent: app\n\s+name: 'appsettings'/,
    );
    expect(web).not.toMatch(/^\s+appSettings:/m);
    // The web module reads the key-vault module's outputs, so it waits for its role assignment.
    expect(moduleDependencies(main).web).toContain('vault');
    expect(read('modules/key-vault.bicep')).toMatch(
      /resource readSecrets 'Microsoft\.Authorization\/roleAssignments@[\d-]+' = \{\n\s+name: [^\n]+\n\s+scope: vault\n/,
    );
  });

  it('can redeploy into a recreated resource group: a chosen vault suffix, or recovery', () => {
    // The default name repeats for a recreated group, and a soft-deleted vault keeps it for the
    // retention period (purge protection); a suffix of at most 6 keeps the name within 24.
    const prefix = Number(
      /take\(replace\(namePrefix, '_', '-'\), (\d+)\)\}-kv-\$\{vaultSuffix\}/.exec(main)?.[1],
    );
    const derived = Number(/take\(uniqueString\(resourceGroup\(\)\.id\), (\d+)\)/.exec(main)?.[1]);
    const suffix = paramMaxLength(main, 'vaultNameSuffix');
    expect(suffix).toBe(derived);
    expect(prefix + '-kv-'.length + Math.max(suffix!, derived)).toBeLessThanOrEqual(
      paramMaxLength(read('modules/key-vault.bicep'), 'name')!,
    );
    const vault = read('modules/key-vault.bicep');
    expect(vault).toContain("createMode: recoverSoftDeleted ? 'recover' : 'default'");
    expect(vault).toContain('enablePurgeProtection: true');
    expect(calls.find((c) => c.symbol === 'vault')?.params).toContain('recoverSoftDeleted');
  });

  it('sets GT_NUDGE_SERVICE_URL from a parameter whose default is the public-cloud connector', () => {
    const param = /^param nudgeServiceUrl string = '([^']+)'/m.exec(main)?.[1];
    // Microsoft 365 Agents SDK, TeamsServiceEndpoints: the well-known proactive-messaging URLs.
    const documented = [
      'https://smba.trafficmanager.net/teams/',
      'https://smba.infra.gcc.teams.microsoft.com/teams',
      'https://smba.infra.gov.teams.microsoft.us/teams',
      'https://smba.infra.dod.teams.microsoft.us/teams',
    ];
    expect(param).toBe(documented[0]);
    for (const url of documented) expect(main).toContain(url);
    expect(read('modules/web-app.bicep')).toContain(
      "{ name: 'GT_NUDGE_SERVICE_URL', value: nudgeServiceUrl }",
    );
    expect(loadConfig({}, { GT_NUDGE_SERVICE_URL: param }).nudgeServiceUrl).toBe(param);
  });

  it('installs for officers as the registration, by federated credential, as config requires', () => {
    const web = read('modules/web-app.bicep');
    const block =
      /var installSettings = installForOfficers\s*\?\s*\[([\s\S]*?)\]/.exec(web)?.[1] ?? '';
    const env = Object.fromEntries(
      [...block.matchAll(/\{ name: '([A-Z_]+)', value: ([^}]+?) \}/g)].map((m) => [m[1], m[2]]),
    );
    expect(env).toEqual({
      GT_NUDGE_INSTALL_APP: "'true'",
      GT_TEAMS_APP_ID: 'teamsAppId',
      GT_INSTALL_CLIENT_ID: 'entraAppId',
      GT_INSTALL_FEDERATED_CREDENTIAL: "'true'",
    });
    expect(web).toContain('concat(baseSettings, botSecretSettings, installSettings)');
    const app = '11111111-2222-3333-4444-555555555555';
    const config = loadConfig(
      {},
      {
        GT_NUDGE_INSTALL_APP: 'true',
        GT_TEAMS_APP_ID: '66666666-7777-8888-9999-000000000000',
        GT_INSTALL_CLIENT_ID: app,
        GT_INSTALL_FEDERATED_CREDENTIAL: 'true',
        GT_APP_ID: app,
        GT_TENANT_ID: '99999999-8888-7777-6666-555555555555',
        GT_USE_MANAGED_IDENTITY: 'true',
      },
    );
    expect(config).toMatchObject({ nudgeInstallApp: true, installFederated: true });
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
