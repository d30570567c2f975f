// Faults on the SharePoint store over the emulator: throttling storms, a 412 race between two
// writers, a batch with a failed part, the emulator killed mid-write, expired delta tokens (410),
// delta links that lose the fields expansion, and over-long notes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../../src/domain/errors/errors.js';
import type { WriteOp } from '../../src/domain/ports/store.js';
import { startGraphEmulator, type GraphEmulator } from '../graph-emulator/index.js';
import { openSharePointStore } from '../../src/stores/sharepoint/index.js';
import { emulatedStore, emulatorGraph } from '../graph-emulator/emulated-site.js';
import { returnFields } from '../contract/suite/contract-fixtures.js';

const WHO = { actorId: 'officer-1', channel: 'tab' } as const;
let emu: GraphEmulator;
beforeEach(async () => {
  emu = await startGraphEmulator();
});
afterEach(() => emu.close());

const creates = (n: number): WriteOp[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'create',
    list: 'returns',
    id: `r${i}`,
    fields: returnFields({ value: i }),
  }));

describe('SharePoint store under faults', () => {
  it('rides out a throttling storm, honouring Retry-After, and writes everything', async () => {
    const waits: number[] = [];
    const { store } = await emulatedStore(emu, {
      retry: {
        sleep: async (ms) => {
          waits.push(ms);
          await new Promise((r) => setTimeout(r, Math.min(ms, 1100)));
        },
      },
    });
    await store.query('returns');
    emu.configureThrottle({ budget: 6, windowMs: 1000 });
    const results = await store.writeMany(creates(12), WHO);
    emu.configureThrottle({});
    expect(results).toHaveLength(12);
    expect(emu.stats().throttled).toBeGreaterThan(0);
    expect(waits.some((ms) => ms >= 1000 && ms <= 1200)).toBe(true);
    expect((await store.query('returns')).map((r) => r.id)).toEqual(
      creates(12).map((o) => (o as { id: string }).id),
    );
  });

  it('lets one of two writers win a 412 race; the other gets ConflictError', async () => {
    const { store, siteId } = await emulatedStore(emu);
    const other = openSharePointStore({ graph: emulatorGraph(emu), site: siteId });
    const item = await store.create('returns', returnFields({ value: 1 }), WHO);
    await other.get('returns', item.id);
    await store.update('returns', item.id, item.version, { value: 2 }, WHO);
    // `other` read the item before the change: its snapshot refreshes, but it names the old version.
    await expect(
      other.update('returns', item.id, item.version, { value: 3 }, WHO),
    ).rejects.toBeInstanceOf(ConflictError);
    // A true race: both pass their pre-check, SharePoint's If-Match lets one through.
    const fresh = (await store.get('returns', item.id))!;
    await other.get('returns', item.id);
    const outcomes = await Promise.allSettled([
      store.update('returns', item.id, fresh.version, { value: 10 }, WHO),
      other.update('returns', item.id, fresh.version, { value: 20 }, WHO),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
  });

  it('undoes the landed parts when a part of the batch fails', async () => {
    const { store } = await emulatedStore(emu);
    const kept = await store.create('returns', returnFields({ value: 1 }), WHO);
    const auditBefore = await store.audit({});
    emu.setFault((info) =>
      info.inBatch &&
      info.method === 'POST' &&
      info.path.endsWith('/items') &&
      info.count > 0 &&
      failNext()
        ? { status: 500, code: 'generalException' }
        : undefined,
    );
    let posts = 0;
    function failNext(): boolean {
      posts += 1;
      return posts === 5; // the third create's item write
    }
    const ops: WriteOp[] = [
      { kind: 'update', list: 'returns', id: kept.id, version: kept.version, patch: { value: 5 } },
      ...creates(3),
    ];
    await expect(store.writeMany(ops, WHO)).rejects.toThrow();
    emu.setFault(null);
    expect((await store.query('returns')).map((r) => r.id)).toEqual([kept.id]);
    expect((await store.get('returns', kept.id))?.fields.value).toBe(1);
    expect(await store.audit({})).toEqual(auditBefore);
  });

  it('killed mid-write and back: reads what landed, undoes it, and reports the failure', async () => {
    const { store } = await emulatedStore(emu, { retry: { baseDelayMs: 50 } });
    await store.query('returns');
    let seen = 0;
    emu.setFault((info) => {
      if (!info.inBatch) return undefined;
      seen += 1;
      if (seen !== 4) return undefined;
      setTimeout(() => void emu.restart(), 100);
      return 'kill';
    });
    await expect(store.writeMany(creates(5), WHO)).rejects.toThrow();
    emu.setFault(null);
    expect(await store.query('returns')).toEqual([]);
    expect(await store.audit({})).toEqual([]);
  });

  it('killed mid-write and gone: IncompleteWriteError names what may have landed', async () => {
    const { store } = await emulatedStore(emu, {
      retry: { baseDelayMs: 10, maxRetries: 2 },
      timeoutMs: 2000,
    });
    await store.query('returns');
    let seen = 0;
    emu.setFault((info) => (info.inBatch && ++seen === 3 ? 'kill' : undefined));
    const failure = await store.writeMany(creates(4), WHO).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'IncompleteWriteError' });
    const unknown = (failure as { unknown: WriteOp[] }).unknown.map(
      (o) => (o as { id: string }).id,
    );
    emu.setFault(null);
    await emu.restart();
    const landed = (
      await openSharePointStore({
        graph: emulatorGraph(emu),
        site: [...emu.state.sites.keys()][0]!,
      }).query('returns')
    ).map((r) => r.id);
    expect(landed).toEqual(['r0']);
    for (const id of landed) expect(unknown).toContain(id);
  });

  it('recovers from an expired delta token (410): reads and writes go on, deletions seen', async () => {
    const { store, siteId } = await emulatedStore(emu);
    const other = openSharePointStore({ graph: emulatorGraph(emu), site: siteId });
    const kept = await store.create('returns', returnFields({ value: 1 }), WHO);
    const gone = await store.create('returns', returnFields({ value: 2 }), WHO);
    await store.query('returns');
    // While the first store's token is still current, another writer deletes one item and
    // changes the other; then every token expires, so those changes can only be learnt afresh.
    await other.delete('returns', gone.id, gone.version, WHO);
    const changed = await other.update('returns', kept.id, kept.version, { value: 5 }, WHO);
    emu.expireDeltaTokens();
    const gets: string[] = [];
    emu.setFault((info) => {
      if (!info.inBatch && info.path.endsWith('/items/delta')) gets.push(info.path);
      return undefined;
    });
    expect((await store.query('returns')).map((r) => [r.id, r.fields.value])).toEqual([
      [kept.id, 5],
    ]);
    expect(gets.length).toBeGreaterThanOrEqual(2); // the 410, then the fresh enumeration
    // The version from the resynced snapshot is the one the other store holds: no false conflict.
    expect((await store.get('returns', kept.id))!.version).toBe(changed.version);
    const updated = await store.update('returns', kept.id, changed.version, { value: 6 }, WHO);
    expect(updated.fields.value).toBe(6);
    emu.expireDeltaTokens({ code: 'resyncChangesUploadDifferences' });
    const made = await store.create('returns', returnFields({ value: 7 }), WHO);
    expect((await store.query('returns')).map((r) => r.id)).toEqual([kept.id, made.id]);
    expect((await store.audit({ itemId: gone.id })).map((e) => e.action)).toEqual([
      'delete',
      'create',
    ]);
  });

  it('reads the fields of items whose delta link lost $expand, never decoding "undefined"', async () => {
    const { store, siteId } = await emulatedStore(emu);
    await store.writeMany(creates(3), WHO);
    emu.setDeltaLinksKeepQuery(false);
    const reader = openSharePointStore({ graph: emulatorGraph(emu), site: siteId });
    await reader.query('returns'); // the deltaLink it keeps has lost the expansion
    const item = (await reader.get('returns', 'r1'))!;
    await store.update('returns', 'r1', item.version, { value: 41 }, WHO);
    await store.create('returns', returnFields({ value: 9 }), WHO, 'r9');
    const seen = await reader.query('returns');
    expect(seen.map((r) => [r.id, r.fields.value])).toEqual([
      ['r0', 0],
      ['r1', 41],
      ['r2', 2],
      ['r9', 9],
    ]);
    expect(seen.some((r) => r.id === 'undefined')).toBe(false);
  });

  it('refuses an over-long note before sending anything, naming the field', async () => {
    const { store } = await emulatedStore(emu);
    await store.query('returns');
    const before = emu.stats().requests;
    const failure = await store
      .writeMany(
        [
          ...creates(1),
          {
            kind: 'create',
            list: 'returns',
            id: 'long',
            fields: returnFields({ commentary: 'x'.repeat(64_000) }),
          },
        ],
        WHO,
      )
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ValidationError);
    expect((failure as ValidationError).problems).toEqual([
      { field: 'commentary', message: expect.stringMatching(/at most 63999 characters/) },
    ]);
    expect(emu.stats().requests).toBe(before);
    expect(await store.query('returns')).toEqual([]);
  });
});
