#!/usr/bin/env node
// `npm run package`: fills appPackage/manifest.json's {{PLACEHOLDERS}} from the command line or the
// environment, validates the result offline against the Teams schema that @microsoft/app-manifest
// bundles, and writes appPackage/build/golden-thread.zip holding exactly manifest.json, color.png
// and outline.png at the root (what the Teams admin centre and "Upload a custom app" accept).
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { ValidationError } from '../src/domain/errors/errors.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const APP_PACKAGE_DIR = path.join(ROOT, 'appPackage');
export const DEFAULT_OUT_FILE = path.join(APP_PACKAGE_DIR, 'build', 'golden-thread.zip');
/** The files Teams expects at the root of the zip, and nothing else. */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

export interface PackageSettings {
  /** Entra app (client) id that the tab's API tokens are issued for. */
  appId: string;
  /** The bot's Microsoft App id (the managed identity's client id, or an app registration's). */
  botId: string;
  /** Public host name of the web app, e.g. `goldenthread.example-council.gov.uk`. */
  host: string;
  /** The Teams app id; defaults to appId so upgrades keep the same app. */
  teamsAppId: string;
  version: string;
  developerName: string;
  privacyUrl: string;
  termsUrl: string;
}

interface SettingSource {
  env: string;
  flag: string;
  required: boolean;
  check?: (value: string) => string | null;
}

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const guid = (v: string) =>
  GUID.test(v) ? null : 'must be a GUID like 00000000-0000-0000-0000-000000000000';
const hostName = (v: string) =>
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(v)
    ? null
    : 'must be a public host name without https:// or a path, e.g. goldenthread.example-council.gov.uk';
const semver = (v: string) => (/^\d+\.\d+\.\d+$/.test(v) ? null : 'must be a version like 1.2.3');
const httpsUrl = (v: string) => (/^https:\/\/\S+$/.test(v) ? null : 'must be an https:// URL');

/** Every setting, where it comes from, and what makes it valid — also the documentation's table. */
export const SETTINGS: Record<keyof PackageSettings, SettingSource> = {
  appId: { env: 'GT_APP_ID', flag: '--app-id', required: true, check: guid },
  botId: { env: 'GT_BOT_ID', flag: '--bot-id', required: true, check: guid },
  host: { env: 'GT_PUBLIC_HOST', flag: '--host', required: true, check: hostName },
  teamsAppId: { env: 'GT_TEAMS_APP_ID', flag: '--teams-app-id', required: false, check: guid },
  version: { env: 'GT_APP_VERSION', flag: '--version', required: false, check: semver },
  developerName: { env: 'GT_DEVELOPER_NAME', flag: '--developer-name', required: false },
  privacyUrl: { env: 'GT_PRIVACY_URL', flag: '--privacy-url', required: false, check: httpsUrl },
  termsUrl: { env: 'GT_TERMS_URL', flag: '--terms-url', required: false, check: httpsUrl },
};

function readFlags(args: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) flags.set(arg.slice(0, eq), arg.slice(eq + 1));
    else if (arg.startsWith('--')) flags.set(arg, args[(i += 1)] ?? '');
  }
  return flags;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Arguments win over the environment; a missing or malformed setting is refused by name. */
export function resolveSettings(
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): PackageSettings {
  const flags = readFlags(args);
  const known = new Set(Object.values(SETTINGS).map((s) => s.flag));
  const problems: { field: string; message: string }[] = [];
  for (const flag of flags.keys()) {
    if (!known.has(flag)) problems.push({ field: flag, message: 'is not a known option' });
  }
  const raw: Partial<Record<keyof PackageSettings, string>> = {};
  for (const [key, source] of Object.entries(SETTINGS) as [
    keyof PackageSettings,
    SettingSource,
  ][]) {
    const value = (flags.get(source.flag) ?? env[source.env] ?? '').trim();
    const field = `${source.env} (${source.flag})`;
    if (!value) {
      if (source.required) problems.push({ field, message: 'is required but not set' });
      continue;
    }
    const wrong = source.check?.(value);
    if (wrong) problems.push({ field, message: wrong });
    else raw[key] = value;
  }
  if (problems.length > 0) throw new ValidationError(problems);
  const host = (raw.host ?? '').toLowerCase();
  return {
    appId: raw.appId ?? '',
    botId: raw.botId ?? '',
    host,
    teamsAppId: raw.teamsAppId ?? raw.appId ?? '',
    version: raw.version ?? packageVersion(),
    developerName: raw.developerName ?? 'Golden Thread',
    privacyUrl: raw.privacyUrl ?? `https://${host}/`,
    termsUrl: raw.termsUrl ?? `https://${host}/`,
  };
}

const PLACEHOLDERS: Record<string, keyof PackageSettings> = {
  APP_ID: 'appId',
  BOT_ID: 'botId',
  HOST: 'host',
  TEAMS_APP_ID: 'teamsAppId',
  VERSION: 'version',
  DEVELOPER_NAME: 'developerName',
  PRIVACY_URL: 'privacyUrl',
  TERMS_URL: 'termsUrl',
};

/** Replaces every {{NAME}} in the template; an unknown placeholder is an error, not left behind. */
export function fillManifest(template: string, settings: PackageSettings): Record<string, unknown> {
  const filled = template.replace(/\{\{\s*([A-Z_]+)\s*\}\}/g, (_match, name: string) => {
    const key = PLACEHOLDERS[name];
    if (!key) throw new ValidationError(`unknown placeholder {{${name}}}`, 'manifest.json');
    // JSON-escape the value: a developer name may hold a quote.
    return JSON.stringify(settings[key]).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The bundled schema for the manifest's version, read from disk so validation never fetches. */
export function bundledSchema(manifestVersion: string): object {
  const require = createRequire(import.meta.url);
  const build = path.dirname(require.resolve('@microsoft/app-manifest'));
  const file = path.join(
    build,
    'json-schemas',
    'teams',
    `v${manifestVersion}`,
    'MicrosoftTeams.schema.json',
  );
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

/** Schema errors as readable lines; empty when the manifest is valid. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = bundledSchema(String(manifest.manifestVersion));
  type Args = Parameters<typeof AppManifestUtils.validateAgainstSchema>;
  return AppManifestUtils.validateAgainstSchema(manifest as Args[0], schema as Args[1]);
}

export interface BuildOptions {
  settings: PackageSettings;
  appDir?: string;
  outFile?: string;
}

export async function buildPackage(
  options: BuildOptions,
): Promise<{ file: string; manifest: Record<string, unknown> }> {
  const appDir = options.appDir ?? APP_PACKAGE_DIR;
  const outFile = options.outFile ?? DEFAULT_OUT_FILE;
  const manifest = fillManifest(
    await readFile(path.join(appDir, 'manifest.json'), 'utf8'),
    options.settings,
  );
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    throw new ValidationError(errors.map((message) => ({ field: 'manifest.json', message })));
  }
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of ['color.png', 'outline.png']) {
    zip.file(icon, await readFile(path.join(appDir, icon)));
  }
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { file: outFile, manifest };
}

async function main(): Promise<void> {
  try {
    const settings = resolveSettings(process.argv.slice(2));
    const { file } = await buildPackage({ settings });
    console.log(`Teams app package written to ${path.relative(process.cwd(), file)}`);
    console.log(`  app id ${settings.teamsAppId}, bot ${settings.botId}, host ${settings.host}`);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    console.error('Cannot build the Teams app package:');
    for (const p of error.problems) console.error(`  ${p.field}: ${p.message}`);
    console.error('Set the variables (or pass the options) and run `npm run package` again.');
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
