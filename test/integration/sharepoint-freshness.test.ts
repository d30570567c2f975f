// The SharePoint store's freshness window (issue 21): inside it, repeated reads are served from
// memory with no Graph request; this store's own writes show at once; another instance's write
// shows on the first read after the window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from '../graph-emulator/index.js';
import { emulatedStore, emulatorGraph } from '../graph-emulator/emulated-site.js';
import { openSharePointStore } from '../../src/stores/sharepoint/sharepoint-store.js';
import { OFFICER, returnFields } from '../contract/suite/contract-fixtures.js';

let emulator: GraphEmulator;
beforeAll(async () => {
  emulator = await startGraphEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe('the SharePoint store with a freshness window', () => {
  it('serves reads from memory inside the window and asks Graph again after it', async () => {
    let now = 0;
    const { store, siteId } = await emulatedStore(emulator, {
      freshnessMs: 2_000,
      monotonicMs: () => now,
    });
    const other = openSharePointStore({ graph: emulatorGraph(emulator), site: siteId });
    try {
      await store.query('returns');
      const afterFirst = store.metrics().requestCount;
      now = 500;
      await store.query('returns');
      const tokenBefore = await store.changeToken(['returns']);
      expect(store.metrics().requestCount).toBe(afterFirst);

      // This store's own write is in its snapshot straight away.
      const mine = await store.create('returns', returnFields({ value: 1 }), OFFICER);
      expect((await store.query('returns')).map((r) => r.id)).toContain(mine.id);
      const tokenMine = await store.changeToken(['returns']);
      expect(tokenMine).not.toBe(tokenBefore);

      // Another instance's write: not yet inside the window...
      const theirs = await other.create('returns', returnFields({ value: 2 }), OFFICER);
      now = 1_500;
      expect((await store.query('returns')).map((r) => r.id)).not.toContain(theirs.id);
      expect(await store.changeToken(['returns'])).toBe(tokenMine);
      // ...and seen, with the token moved, once the window has passed.
      now = 2_600;
      expect(await store.changeToken(['returns'])).not.toBe(tokenMine);
      expect((await store.query('returns')).map((r) => r.id)).toContain(theirs.id);
    } finally {
      await other.close();
      await store.close();
    }
  });

  it('asks Graph on every read with no window (the default)', async () => {
    const { store } = await emulatedStore(emulator);
    try {
      await store.query('returns');
      const first = store.metrics().requestCount;
      await store.query('returns');
      expect(store.metrics().requestCount).toBe(first + 1);
    } finally {
      await store.close();
    }
  });
});
