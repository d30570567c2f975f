import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIST_NAMES } from '../../domain/ports/store.js';
import { runMigrations } from './migrate.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import { openSqliteStore } from './sqlite-store.js';
import { tempDir, type TempDir } from '../../../test/support/temp-dir.js';

const ctx = { actorId: 'admin-1', channel: 'system' as const };
const fixedClock = (): Date => new Date('2025-04-01T09:00:00.000Z');

describe('schema migrations', () => {
  let dir: TempDir;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it('runs every step on a new file, records each, and creates the parent folder', async () => {
    const file = dir.path('nested/data/golden-thread.db');
    const store = openSqliteStore({ file, clock: fixedClock });
    expect(store.migrationsRun).toEqual(MIGRATIONS.map((m) => m.id));
    await store.close();
    expect(existsSync(file)).toBe(true);
    const db = new Database(file);
    const recorded = db
      .prepare('SELECT id, name, applied_at FROM schema_migrations ORDER BY id')
      .all();
    expect(recorded).toEqual(
      MIGRATIONS.map((m) => ({ id: m.id, name: m.name, applied_at: '2025-04-01T09:00:00.000Z' })),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('runs nothing when reopened, and keeps the data', async () => {
    const file = dir.path('store.db');
    const first = openSqliteStore({ file });
    const item = await first.create(
      'people',
      {
        name: 'Example Officer',
        email: 'officer@example.gov.uk',
        jobTitle: 'Officer',
        roles: ['officer'],
        delegateId: null,
        onLeaveUntil: null,
        directorateId: null,
      },
      ctx,
    );
    await first.close();
    const second = openSqliteStore({ file });
    expect(second.migrationsRun).toEqual([]);
    expect(await second.get('people', item.id)).toEqual(item);
    await second.close();
    const db = new Database(file);
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(
      MIGRATIONS.length,
    );
    db.close();
  });

  it('has a table for every list the port names', () => {
    const db = new Database(':memory:');
    runMigrations(db, () => '2025-04-01T09:00:00.000Z');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    for (const list of LIST_NAMES) expect(tables).toContain(`list_${list}`);
    expect(tables).toContain('audit');
    db.close();
  });

  it("step 3 turns an indicator's empty service into null, and keeps the rest", async () => {
    const file = dir.path('before-step-3.db');
    const db = new Database(file);
    runMigrations(db, () => 'then', MIGRATIONS.slice(0, 2));
    const insert = db.prepare(
      `INSERT INTO list_indicators (id, seq, version, fields, created_at, created_by, modified_at, modified_by)
       VALUES (?, ?, '1', ?, 'then', 'import', 'then', 'import')`,
    );
    insert.run('no-service', 1, JSON.stringify({ code: 'TA01', serviceId: '' }));
    insert.run('with-service', 2, JSON.stringify({ code: 'WR01', serviceId: 'svc-1' }));
    db.close();
    const store = openSqliteStore({ file });
    // Every step after the first two, whatever later lists add (budget lines are step 20).
    expect(store.migrationsRun).toEqual(MIGRATIONS.slice(2).map((m) => m.id));
    expect(store.migrationsRun.slice(0, 4)).toEqual([3, 4, 5, 6]);
    expect((await store.get('indicators', 'no-service'))?.fields).toEqual({
      code: 'TA01',
      serviceId: null,
    });
    expect((await store.get('indicators', 'with-service'))?.fields.serviceId).toBe('svc-1');
    expect((await store.query('indicators', { serviceId: null })).map((i) => i.id)).toEqual([
      'no-service',
    ]);
    await store.close();
  });

  it('rolls back a failing step: neither its changes nor its record remain', () => {
    const db = new Database(':memory:');
    const steps: Migration[] = [
      ...MIGRATIONS,
      {
        id: MIGRATIONS.length + 1,
        name: 'half-done',
        up(d) {
          d.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('step failed');
        },
      },
    ];
    expect(() => runMigrations(db, () => 'now', steps)).toThrow('step failed');
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(0);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get(),
    ).toBe(0);
    expect(runMigrations(db, () => 'now')).toEqual(MIGRATIONS.map((m) => m.id));
    db.close();
  });
});
