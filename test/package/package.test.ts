// `npm run package`: settings from arguments or the environment, refused by name when missing, and a
// zip holding exactly manifest.json, color.png and outline.png at its root.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors/errors.js';
import { buildPackage, PACKAGE_FILES, resolveSettings } from '../../scripts/package-app.js';
import { SAMPLE, SAMPLE_ENV } from './sample-settings.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('package settings', () => {
  it('reads the environment and fills the optional settings from it', () => {
    const s = resolveSettings([], SAMPLE_ENV);
    expect(s).toMatchObject({ appId: SAMPLE.appId, botId: SAMPLE.botId, host: SAMPLE.host });
    expect(s.teamsAppId).toBe(SAMPLE.appId);
    expect(s.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(s.privacyUrl).toBe('https://goldenthread.example.gov.uk/');
  });

  it('lets arguments win over the environment', () => {
    const s = resolveSettings(['--host', 'gt.example.org.uk', '--version=2.0.1'], SAMPLE_ENV);
    expect(s.host).toBe('gt.example.org.uk');
    expect(s.version).toBe('2.0.1');
  });

  it('refuses a missing setting and names it', () => {
    const { GT_BOT_ID: _omit, ...env } = SAMPLE_ENV;
    expect(() => resolveSettings([], env)).toThrowError(ValidationError);
    expect(() => resolveSettings([], env)).toThrowError(/GT_BOT_ID \(--bot-id\): is required/);
  });

  it('names every missing setting at once', () => {
    try {
      resolveSettings([], {});
      expect.unreachable();
    } catch (error) {
      const fields = (error as ValidationError).problems.map((p) => p.field);
      expect(fields).toEqual([
        'GT_APP_ID (--app-id)',
        'GT_BOT_ID (--bot-id)',
        'GT_PUBLIC_HOST (--host)',
      ]);
    }
  });

  it('refuses a host given as a URL, a non-GUID id and an unknown option', () => {
    expect(() =>
      resolveSettings([], { ...SAMPLE_ENV, GT_PUBLIC_HOST: 'https://x.example.gov.uk' }),
    ).toThrowError(/GT_PUBLIC_HOST.*host name/);
    expect(() => resolveSettings([], { ...SAMPLE_ENV, GT_APP_ID: '1234' })).toThrowError(
      /GT_APP_ID.*GUID/,
    );
    expect(() => resolveSettings(['--hots', 'x'], SAMPLE_ENV)).toThrowError(
      /--hots: is not a known option/,
    );
  });
});

describe('the app package zip', () => {
  it('holds exactly manifest.json, color.png and outline.png at the root', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gt-package-'));
    dirs.push(dir);
    const outFile = path.join(dir, 'golden-thread.zip');
    await buildPackage({ settings: SAMPLE, outFile });
    const zip = await JSZip.loadAsync(await readFile(outFile));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual([...PACKAGE_FILES].sort());
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).toBe(SAMPLE.botId);
    expect(manifest.version).toBe('1.2.3');
    const color = await zip.file('color.png')!.async('nodebuffer');
    expect(color.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('refuses to write a package whose manifest fails the schema', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gt-package-'));
    dirs.push(dir);
    const settings = {
      ...SAMPLE,
      developerName: 'A developer name far longer than thirty-two characters',
    };
    await expect(buildPackage({ settings, outFile: path.join(dir, 'x.zip') })).rejects.toThrowError(
      /manifest.json: \/developer\/name/,
    );
  });
});
