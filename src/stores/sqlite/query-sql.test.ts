import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../domain/errors/errors.js';
import { runMigrations } from './migrate.js';
import { tableFor } from './migrations.js';
import { openSqliteStore } from './sqlite-store.js';
import { orderClause, whereClause } from './query-sql.js';

const ctx = { actorId: 'admin-1', channel: 'system' as const };

// The filters the app relies on, each of which must be served by an expression index.
const INDEXED: [string, string][] = [
  ['returns', 'indicatorId'],
  ['returns', 'periodKey'],
  ['returns', 'state'],
  ['targets', 'indicatorId'],
  ['targets', 'year'],
  ['indicators', 'code'],
  ['indicators', 'serviceId'],
  ['people', 'email'],
  ['keyActions', 'servicePlanId'],
  ['actionPlans', 'indicatorId'],
  ['timetable', 'periodKey'],
  ['objectives', 'priorityId'],
  ['priorities', 'planId'],
];

describe('query SQL', () => {
  it.each(INDEXED)('uses an index to filter %s on %s', (list, field) => {
    const db = new Database(':memory:');
    runMigrations(db, () => 'now');
    const where = whereClause({ [field]: 'x' });
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT * FROM ${tableFor(list)}${where.sql}`)
      .all(...where.params) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain(`USING INDEX idx_${list}_${field}`);
    db.close();
  });

  it('tells JSON true apart from the number 1 in the same field, both ways', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    const flag = await store.create('settings', { key: 'flag', value: true }, ctx);
    const one = await store.create('settings', { key: 'one', value: 1 }, ctx);
    const filter = (value: unknown) => ({ value }) as never;
    expect((await store.query('settings', filter(true))).map((i) => i.id)).toEqual([flag.id]);
    expect((await store.query('settings', filter(1))).map((i) => i.id)).toEqual([one.id]);
    expect(await store.query('settings', filter('1'))).toEqual([]);
    await store.close();
  });

  it('lets a null filter match a field that is absent', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    const absent = await store.create('settings', { key: 'k' } as never, ctx);
    await store.create('settings', { key: 'j', value: 0 }, ctx);
    expect((await store.query('settings', { value: null } as never)).map((i) => i.id)).toEqual([
      absent.id,
    ]);
    await store.close();
  });

  it('refuses field names that are not identifiers, and bad filter values or counts', () => {
    expect(() => whereClause({ "x') OR 1=1 --": 'a' })).toThrow(ValidationError);
    expect(() => whereClause({ value: { nested: 1 } })).toThrow(/filter\.value/);
    expect(() => whereClause({ value: Number.NaN })).toThrow(ValidationError);
    expect(() => orderClause({ orderBy: 'a.b' })).toThrow(/orderBy/);
    expect(() => orderClause({ top: -1 })).toThrow(/top/);
    expect(() => orderClause({ top: 1.5 })).toThrow(/top/);
  });

  it('skips undefined filters and breaks ordering ties by creation order', () => {
    expect(whereClause({ a: undefined })).toEqual({ sql: '', params: [] });
    expect(orderClause({ orderBy: 'value', descending: true, top: 3 })).toEqual({
      sql: ` ORDER BY json_extract(fields, '$.value') DESC, seq ASC LIMIT ?`,
      params: [3],
    });
  });
});
