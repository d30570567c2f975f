import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.js';

const WRITER = fileURLToPath(
  new URL('../../../test/support/durability-writer.ts', import.meta.url),
);
const BATCH = 10;

/** Runs the writer until it has reported `enough` committed batches, then kills it with SIGKILL. */
function writeThenKill(file: string, enough: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const committed: number[] = [];
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^committed (\d+)$/.exec(line);
        if (match) committed.push(Number(match[1]));
      }
      if (committed.length >= enough && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`writer exited early (code ${code}): ${stderr}`));
    });
  });
}

describe('durability', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every batch a killed process reported as committed, whole, in a sound file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'golden-thread-kill-'));
    dirs.push(dir);
    const file = join(dir, 'store.db');
    const reported = await writeThenKill(file, 200);
    expect(reported.length).toBeGreaterThanOrEqual(200);

    const db = new Database(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const store = openSqliteStore({ file });
    expect(store.migrationsRun).toEqual([]);
    const items = await store.query('indicators');
    const perBatch = new Map<string, number>();
    for (const item of items)
      perBatch.set(item.fields.code, (perBatch.get(item.fields.code) ?? 0) + 1);
    for (const batch of reported) expect(perBatch.get(`B${batch}`)).toBe(BATCH);
    // A batch cut off by the kill is absent entirely, never half-written.
    for (const count of perBatch.values()) expect(count).toBe(BATCH);
    expect((await store.audit({})).length).toBe(items.length);
    await store.close();
  }, 30_000);
});
