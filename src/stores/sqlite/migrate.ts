// Brings a database file up to the latest schema step. Idempotent: reopening runs nothing.
import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';

/** Runs the pending steps in one transaction and returns the ids it ran (empty when up to date). */
export function runMigrations(
  db: Database.Database,
  now: () => string,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  // IMMEDIATE takes the write lock before reading what is applied, so two processes opening the
  // same new file cannot both decide to run step 1.
  const migrate = db.transaction((): number[] => {
    const applied = new Set(
      db
        .prepare('SELECT id FROM schema_migrations')
        .pluck()
        .all()
        .map((id) => Number(id)),
    );
    const record = db.prepare(
      'INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)',
    );
    const ran: number[] = [];
    for (const step of [...migrations].sort((a, b) => a.id - b.id)) {
      if (applied.has(step.id)) continue;
      step.up(db);
      record.run(step.id, step.name, now());
      ran.push(step.id);
    }
    return ran;
  });
  return migrate.immediate();
}
