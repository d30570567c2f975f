import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../domain/errors/errors.js';
import type { WriteOp } from '../../domain/ports/store.js';
import { openSqliteStore } from './sqlite-store.js';
import { tempDir, type TempDir } from '../../../test/support/temp-dir.js';

const ctx = { actorId: 'admin-1', channel: 'system' as const };

describe('SQLite store', () => {
  let dir: TempDir;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it('takes ids and times from the injected factory and clock', async () => {
    let n = 0;
    const store = openSqliteStore({
      file: ':memory:',
      clock: () => new Date('2025-06-30T23:30:00.000Z'),
      idFactory: () => `id-${(n += 1)}`,
    });
    const item = await store.create('settings', { key: 'a', value: 1 }, ctx);
    expect(item.id).toBe('id-1');
    expect(item.createdAt).toBe('2025-06-30T23:30:00.000Z');
    expect((await store.audit({}))[0]?.at).toBe('2025-06-30T23:30:00.000Z');
    await store.close();
  });

  it('refuses a stale update from a second instance on the same file', async () => {
    const file = dir.path('shared.db');
    const first = openSqliteStore({ file });
    const second = openSqliteStore({ file });
    const created = await first.create('settings', { key: 'a', value: 1 }, ctx);
    const seen = await second.get('settings', created.id);
    expect(seen).toEqual(created);
    const updated = await first.update('settings', created.id, created.version, { value: 2 }, ctx);
    const stale = second.update('settings', created.id, created.version, { value: 3 }, ctx);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: updated.version });
    expect((await second.get('settings', created.id))?.fields.value).toBe(2);
    // Versions come from one counter in the file, so the two instances never hand out the same.
    const other = await second.create('settings', { key: 'b', value: 1 }, ctx);
    expect([created.version, updated.version]).not.toContain(other.version);
    await first.close();
    await second.close();
  });

  it('creates 20,000 items in one writeMany, each with its audit entry', async () => {
    const store = openSqliteStore({ file: dir.path('bulk.db') });
    const ops: WriteOp[] = Array.from({ length: 20_000 }, (_, i) => ({
      kind: 'create',
      list: 'returns',
      fields: { indicatorId: `ind-${i % 50}`, periodKey: '2025-04', value: i },
    }));
    const results = await store.writeMany(ops, { actorId: 'system', channel: 'import' });
    expect(results).toHaveLength(20_000);
    expect(new Set(results.map((r) => r.id)).size).toBe(20_000);
    expect(await store.query('returns', { indicatorId: 'ind-7' })).toHaveLength(400);
    expect(await store.audit({ list: 'returns' })).toHaveLength(20_000);
    await store.close();
  });

  it('refuses writes after close', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    await store.close();
    await expect(store.get('settings', 'x')).rejects.toThrow();
    await store.close();
  });
});
