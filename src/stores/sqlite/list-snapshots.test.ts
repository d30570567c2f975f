// A whole list read from memory must be exactly what a fresh read of the file gives: after this
// connection's own creates, updates, deletes and rolled-back batches, and after another
// connection (a CLI import) writes to the same file. The shared items are frozen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';
import { tempDir, type TempDir } from '../../../test/support/temp-dir.js';

const ctx = { actorId: 'admin-1', channel: 'system' as const };

describe('whole lists held in memory (SQLite)', () => {
  let dir: TempDir;
  const opened: SqliteStore[] = [];
  const open = (file: string) => {
    const store = openSqliteStore({ file });
    opened.push(store);
    return store;
  };
  beforeEach(() => (dir = tempDir()));
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    dir.remove();
  });

  /** What a connection that has never read the list sees: the file as it stands. */
  const fresh = async (file: string) => open(file).query('settings');

  it('follows its own writes, in creation order, as a fresh read would', async () => {
    const file = dir.path('own.db');
    const store = open(file);
    const a = await store.create('settings', { key: 'a', value: 1 }, ctx);
    const b = await store.create('settings', { key: 'b', value: 1 }, ctx);
    expect((await store.query('settings')).map((i) => i.fields.key)).toEqual(['a', 'b']);

    await store.update('settings', a.id, a.version, { value: 2 }, ctx);
    await store.create('settings', { key: 'c', value: 1 }, ctx);
    await store.delete('settings', b.id, b.version, ctx);
    const [c] = await store.query('settings', { key: 'c' });
    await store.writeMany(
      [
        { kind: 'update', list: 'settings', id: c!.id, version: c!.version, patch: { value: 9 } },
        { kind: 'create', list: 'settings', fields: { key: 'd', value: 1 } },
      ],
      ctx,
    );
    const held = await store.query('settings');
    expect(held.map((i) => [i.fields.key, i.fields.value])).toEqual([
      ['a', 2],
      ['c', 9],
      ['d', 1],
    ]);
    expect(held).toEqual(await fresh(file));
  });

  it('keeps nothing of a batch that was rolled back', async () => {
    const file = dir.path('rollback.db');
    const store = open(file);
    const a = await store.create('settings', { key: 'a', value: 1 }, ctx);
    await store.query('settings');
    const failing = store.writeMany(
      [
        { kind: 'update', list: 'settings', id: a.id, version: a.version, patch: { value: 5 } },
        { kind: 'update', list: 'settings', id: a.id, version: a.version, patch: { value: 6 } },
      ],
      ctx,
    );
    await expect(failing).rejects.toThrow();
    expect((await store.query('settings')).map((i) => i.fields.value)).toEqual([1]);
    expect(await store.query('settings')).toEqual(await fresh(file));
  });

  it("sees another connection's write to the same file at the next read", async () => {
    const file = dir.path('shared.db');
    const server = open(file);
    const cli = open(file);
    const a = await server.create('settings', { key: 'a', value: 1 }, ctx);
    expect(await server.query('settings')).toHaveLength(1);
    await cli.update('settings', a.id, a.version, { value: 7 }, ctx);
    await cli.create('settings', { key: 'b', value: 1 }, ctx);
    const held = await server.query('settings');
    expect(held.map((i) => [i.fields.key, i.fields.value])).toEqual([
      ['a', 7],
      ['b', 1],
    ]);
  });

  it('hands out frozen items, so no reader can change them for the others', async () => {
    const store = open(dir.path('frozen.db'));
    await store.create('settings', { key: 'a', value: { nested: [1] } }, ctx);
    const [item] = await store.query('settings');
    expect(() => {
      (item!.fields as { key: string }).key = 'changed';
    }).toThrow(TypeError);
    expect(() => (item!.fields.value as { nested: number[] }).nested.push(2)).toThrow(TypeError);
    // A caller may still sort or extend the array it was given.
    const list = await store.query('settings');
    list.push(item!);
    expect(await store.query('settings')).toHaveLength(1);
  });
});
