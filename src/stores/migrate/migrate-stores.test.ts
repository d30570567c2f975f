// Migration between the embedded store and SharePoint on the local Graph emulator, both ways:
// the demo council is copied with its ids, verified, and a failure leaves the target as it was.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Store, WriteContext, WriteOp } from '../../domain/ports/store.js';
import { seedDemoCouncil } from '../../demo/index.js';
import { startGraphEmulator, type GraphEmulator } from '../../../test/graph-emulator/index.js';
import { emulatedStore } from '../../../test/graph-emulator/emulated-site.js';
import { openSqliteStore } from '../sqlite/index.js';
import { tempDir, type TempDir } from '../../../test/support/temp-dir.js';
import { canonicalFields, fingerprint } from './checksum.js';
import { MigrationError } from './migration-error.js';
import { migrateStores } from './migrate-stores.js';

const FAST = { sleep: async () => {} };
let emu: GraphEmulator;
let dir: TempDir;
beforeAll(async () => {
  emu = await startGraphEmulator();
  dir = tempDir('gt-migrate-');
});
afterAll(async () => {
  await emu.close();
  dir.remove();
});
afterEach(() => emu.setFault(null));

let files = 0;
async function demoSqlite(): Promise<Store> {
  const store = openSqliteStore({ file: dir.path(`demo-${++files}.db`) });
  await seedDemoCouncil(store, { today: '2025-11-20' });
  return store;
}
const emptySqlite = (): Store => openSqliteStore({ file: dir.path(`empty-${++files}.db`) });

async function itemCount(store: Store): Promise<number> {
  const { LIST_NAMES } = await import('../../domain/ports/store.js');
  let n = 0;
  for (const list of LIST_NAMES) n += (await store.query(list)).length;
  return n;
}

describe('migrateStores', () => {
  it('copies the demo council from SQLite to SharePoint and back, ids and fields intact', async () => {
    const sqlite = await demoSqlite();
    const { store: sharepoint } = await emulatedStore(emu, { retry: FAST });
    const there = await migrateStores({ source: sqlite, target: sharepoint });
    const returns = there.lists.find((l) => l.list === 'returns')!;
    expect(returns.count).toBe((await sqlite.query('returns')).length);
    expect(returns.count).toBeGreaterThan(100);
    expect(there.written).toBe(await itemCount(sqlite));

    const sample = (await sqlite.query('returns'))[7]!;
    expect((await sharepoint.get('returns', sample.id))?.fields.indicatorId).toBe(
      sample.fields.indicatorId,
    );

    const back = emptySqlite();
    const home = await migrateStores({ source: sharepoint, target: back, chunkSize: 250 });
    expect(home.lists.map((l) => l.sha256)).toEqual(there.lists.map((l) => l.sha256));
    expect(fingerprint(await back.query('indicators'))).toEqual(
      fingerprint(await sqlite.query('indicators')),
    );
    // The plan's lists, key actions' progress updates among them, go both ways intact.
    for (const list of [
      'plans',
      'priorities',
      'objectives',
      'servicePlans',
      'keyActions',
      'keyActionUpdates',
    ] as const) {
      expect(there.lists.find((l) => l.list === list)?.count).toBeGreaterThan(0);
      expect(fingerprint(await back.query(list))).toEqual(fingerprint(await sqlite.query(list)));
    }
    // The copy is recorded in the target's audit log as an import.
    const audit = await back.audit({ list: 'returns', itemId: sample.id });
    expect(audit[0]).toMatchObject({ actorId: 'migration', channel: 'import', action: 'create' });
  });

  it('refuses a target that already holds items, writing nothing', async () => {
    const source = await demoSqlite();
    const target = emptySqlite();
    await target.create('settings', { key: 'councilName', value: 'Existing' }, WHO);
    const attempt = migrateStores({ source, target });
    await expect(attempt).rejects.toThrow(/already holds items \(settings: 1\)/);
    await expect(attempt).rejects.toMatchObject({ clean: true });
    expect(await itemCount(target)).toBe(1);
  });

  // Item creations inside $batch requests (copies and audit entries alike).
  const itemPost = (info: { inBatch: boolean; method: string; path: string }) =>
    info.inBatch && info.method === 'POST' && /\/items$/.test(info.path);

  it('undoes every list already copied when a SharePoint write fails part-way', async () => {
    const source = await demoSqlite();
    const { store: target } = await emulatedStore(emu, { retry: FAST });
    let posts = 0;
    // One item creation, well into the copy, fails with a 500 (not retried).
    emu.setFault((info) =>
      itemPost(info) && ++posts === 301 ? { status: 500, code: 'generalException' } : undefined,
    );
    const error = await migrateStores({ source, target, chunkSize: 20 }).catch((e: unknown) => e);
    expect(posts).toBeGreaterThan(301);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).message).toMatch(/was undone; the target is as it was/);
    expect((error as MigrationError).clean).toBe(true);
    expect(await itemCount(target)).toBe(0);
  });

  it('names every item left behind when the undo cannot finish either', async () => {
    const source = await demoSqlite();
    const { store: target } = await emulatedStore(emu, { retry: FAST });
    let posts = 0;
    // From the 41st item creation on, every one fails: the second chunk of people, then the
    // audit entries the undo's deletes need.
    emu.setFault((info) =>
      itemPost(info) && ++posts > 40 ? { status: 500, code: 'generalException' } : undefined,
    );
    const error = (await migrateStores({ source, target, chunkSize: 20 }).catch(
      (e: unknown) => e,
    )) as MigrationError;
    emu.setFault(null);
    const left = (await target.query('people')).map((p) => p.id).sort();
    // The first chunk of 20 people landed; an undo delete whose audit part failed may still have
    // removed its item, so the error names exactly what the list holds afterwards.
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThanOrEqual(20);
    expect(error.message).toContain(`could not be fully undone (${left.length} items left`);
    expect(error.clean).toBe(false);
    expect(error.leftBehind.every((i) => i.list === 'people')).toBe(true);
    expect(error.leftBehind.map((i) => i.id).sort()).toEqual(left);
  });

  it('undoes the copy when the target does not hold what was sent', async () => {
    const source = await demoSqlite();
    const inner = emptySqlite();
    // A target that silently changes one figure: verification must catch it.
    const lossy: Store = {
      ...inner,
      query: inner.query.bind(inner),
      writeMany: (ops: WriteOp[], ctx: WriteContext) =>
        inner.writeMany(
          ops.map((op, i) =>
            op.kind === 'create' && op.list === 'returns' && i === 0
              ? { ...op, fields: { ...op.fields, commentary: 'altered in transit' } }
              : op,
          ),
          ctx,
        ),
    };
    const error = await migrateStores({ source, target: lossy }).catch((e: unknown) => e);
    expect((error as MigrationError).message).toMatch(/returns on the target: checksum differs/);
    expect((error as MigrationError).clean).toBe(true);
    expect(await itemCount(inner)).toBe(0);
  });

  it('names a bad chunk size', async () => {
    await expect(
      migrateStores({ source: emptySqlite(), target: emptySqlite(), chunkSize: 0 }),
    ).rejects.toMatchObject({ problems: [{ field: 'chunkSize' }] });
  });
});

const WHO = { actorId: 'admin', channel: 'system' } as const;

describe('canonical fields', () => {
  it('ignores key order and empty values, and keeps whole seconds of an instant', () => {
    expect(canonicalFields({ b: 1, a: '', c: null, d: '2025-11-20T10:00:00.734Z' })).toBe(
      '{"b":1,"d":"2025-11-20T10:00:00Z"}',
    );
    expect(canonicalFields({ x: { b: 2, a: [1, { d: 1, c: 0 }] } })).toBe(
      '{"x":{"a":[1,{"c":0,"d":1}],"b":2}}',
    );
  });

  it('gives the same fingerprint whatever the order of items or keys, and a new one when a value changes', () => {
    const item = fc.record({
      id: fc.uuid(),
      fields: fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.integer()),
    });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (i) => i.id, minLength: 1 }), (raw) => {
        const items = raw.map((r) => ({
          ...r,
          version: '1',
          createdAt: '',
          createdBy: '',
          modifiedAt: '',
          modifiedBy: '',
        }));
        const shuffled = [...items].reverse().map((i) => ({
          ...i,
          fields: Object.fromEntries(Object.entries(i.fields).reverse()),
        }));
        expect(fingerprint(shuffled)).toEqual(fingerprint(items));
        const changed = items.map((i, n) =>
          n === 0 ? { ...i, fields: { ...i.fields, zz: 1 } } : i,
        );
        expect(fingerprint(changed).sha256).not.toBe(fingerprint(items).sha256);
      }),
    );
  });
});
