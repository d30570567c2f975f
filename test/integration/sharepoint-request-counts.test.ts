// What a tenant's Graph budget sees (issue 18): the store refreshes several lists' delta feeds in
// one $batch, writes an item and its audit entry in one $batch without refreshing first (If-Match
// and the unique id column guard a stale snapshot), and after a write refused as stale (412)
// refreshes and tries once more. Counted by the emulator-facing metrics: `requestCount` counts
// each $batch part, `roundTrips` each HTTP request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from '../graph-emulator/index.js';
import { emulatedStore, emulatorGraph } from '../graph-emulator/emulated-site.js';
import { openSharePointStore, type SharePointStore } from '../../src/stores/sharepoint/index.js';
import { OFFICER, returnFields } from '../contract/suite/contract-fixtures.js';

let emulator: GraphEmulator;
beforeAll(async () => {
  emulator = await startGraphEmulator();
});
afterAll(async () => {
  await emulator.close();
});

async function counted(store: SharePointStore, work: () => Promise<unknown>) {
  const before = store.metrics();
  await work();
  const after = store.metrics();
  return {
    requests: after.requestCount - before.requestCount,
    roundTrips: after.roundTrips - before.roundTrips,
  };
}

describe('Graph requests and round trips on the SharePoint store', () => {
  it('refreshes several lists in one round trip, and writes with its audit entry in one', async () => {
    const { store } = await emulatedStore(emulator);
    try {
      const lists = ['returns', 'indicators', 'people', 'targets'] as const;
      await store.changeToken([...lists]);
      // Warm: one delta request per list, all in one $batch.
      expect(await counted(store, () => store.changeToken([...lists]))).toEqual({
        requests: lists.length,
        roundTrips: 1,
      });
      const created = await store.create('returns', returnFields({ value: 1 }), OFFICER);
      // An update of a list already read: the item and its audit entry, one $batch.
      expect(
        await counted(store, () =>
          store.update('returns', created.id, created.version, { value: 2 }, OFFICER),
        ),
      ).toEqual({ requests: 2, roundTrips: 1 });
    } finally {
      await store.close();
    }
  });

  it('after a write refused as stale, refreshes and tries once; a real conflict is still refused', async () => {
    const { store, siteId } = await emulatedStore(emulator);
    const other = openSharePointStore({ graph: emulatorGraph(emulator), site: siteId });
    try {
      const created = await store.create('returns', returnFields({ value: 1 }), OFFICER);
      const seen = await other.get('returns', created.id);
      // The other instance changes it; this store's snapshot still holds the old version.
      const changed = await other.update(
        'returns',
        created.id,
        seen!.version,
        { value: 5 },
        OFFICER,
      );
      await expect(
        store.update('returns', created.id, created.version, { value: 9 }, OFFICER),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      // With the version the other instance left, the write goes through.
      const done = await store.update(
        'returns',
        created.id,
        changed.version,
        { value: 9 },
        OFFICER,
      );
      expect(done.fields.value).toBe(9);
      expect((await other.get('returns', created.id))?.fields.value).toBe(9);
    } finally {
      await other.close();
      await store.close();
    }
  });

  it("keeps the audit's before and after out of its snapshot and reads them for the entries asked for", async () => {
    const { store, siteId } = await emulatedStore(emulator);
    const other = openSharePointStore({ graph: emulatorGraph(emulator), site: siteId });
    try {
      const created = await store.create('returns', returnFields({ value: 1 }), OFFICER);
      await store.update('returns', created.id, created.version, { value: 2 }, OFFICER);
      await store.create('returns', returnFields({ value: 7 }), OFFICER);
      // Another instance, cold: its snapshot comes from the delta feed, without the copies.
      const cold = await other.audit({ list: 'returns', itemId: created.id });
      expect(cold.map((e) => [e.action, e.before?.value ?? null, e.after?.value ?? null])).toEqual([
        ['update', 1, 2],
        ['create', null, 1],
      ]);
      // Warm: the audit list's delta, and the two entries' copies read by id, in one $batch.
      expect(
        await counted(other, () => other.audit({ list: 'returns', itemId: created.id })),
      ).toEqual({ requests: 3, roundTrips: 2 });
      // The writing instance's own entries came from Graph's answers to its writes, also slimmed.
      const own = await store.audit({ list: 'returns', top: 1 });
      expect(own[0]?.after?.value).toBe(7);
    } finally {
      await other.close();
      await store.close();
    }
  });
});
