// Deep links name the app's id in the organisation catalogue once it is there; the manifest id
// before that, or while the catalogue cannot be read (no AppCatalog.Read.All yet).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCatalogApp,
  startGraphEmulator,
  type GraphEmulator,
} from '../../test/graph-emulator/index.js';
import { createGraphApi, credentialFor } from '../stores/sharepoint/index.js';
import { linkAppIdResolver } from './teams-link-app-id.js';

const MANIFEST_ID = 'c0ffee00-1111-4222-8333-444455556677';
let emu: GraphEmulator;

beforeAll(async () => {
  emu = await startGraphEmulator();
});
afterAll(() => emu.close());

const graphWith = (roles: string[]) =>
  createGraphApi({
    baseUrl: emu.baseUrl,
    credential: credentialFor({ kind: 'static', token: emu.issueToken({ roles }) }),
    retry: { maxRetries: 0 },
  });

describe('the app id in Teams deep links', () => {
  it('is the manifest id until the app is in the catalogue, then the catalogue id', async () => {
    let clock = 0;
    const misses: string[] = [];
    const resolve = linkAppIdResolver({
      graph: graphWith(['AppCatalog.Read.All']),
      manifestId: MANIFEST_ID,
      now: () => clock,
      onMiss: (r) => misses.push(r),
    });
    expect(await resolve()).toBe(MANIFEST_ID);
    expect(misses).toEqual(['the app is not in the organisation catalogue yet']);
    const app = addCatalogApp(emu.state, { externalId: MANIFEST_ID });
    // Not asked again straight away (one look-up an hour while it is missing) …
    expect(await resolve()).toBe(MANIFEST_ID);
    expect(misses).toHaveLength(1);
    // … and found once the hour is up, then kept.
    clock += 60 * 60 * 1000;
    expect(await resolve()).toBe(app.id);
    expect(app.id).not.toBe(MANIFEST_ID);
    expect(await resolve()).toBe(app.id);
  });

  it('falls back to the manifest id when Graph refuses the catalogue (no permission)', async () => {
    addCatalogApp(emu.state, { externalId: 'another-manifest-id' });
    const misses: string[] = [];
    const resolve = linkAppIdResolver({
      graph: graphWith([]),
      manifestId: 'another-manifest-id',
      onMiss: (r) => misses.push(r),
    });
    expect(await resolve()).toBe('another-manifest-id');
    expect(misses[0]).toMatch(/could not be read \(403\)/);
  });
});
