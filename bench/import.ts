// Importing a CSV of monthly figures into an empty SQLite store: rows per second, parse and
// validation included. 20,000 rows here (400 indicators × 50 months); the scale run
// (bench/scale.ts) imports 60,000 (1,000 × 60) through the same function.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importCsv } from '../src/app/import/index.js';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import { makePeriod, nextPeriod } from '../src/domain/periods/index.js';
import { fmt, timed } from './stats.js';
import { record } from './results.js';

function buildCsv(indicators: number, months: number): string {
  const lines = ['code,title,polarity,unit,frequency,period,target,actual,commentary'];
  for (let i = 0; i < indicators; i++) {
    let p = makePeriod('month', 2021, 1);
    for (let m = 0; m < months; m++) {
      const actual = 40 + ((i * 7 + m * 13) % 50);
      lines.push(
        `IM${i},"Imported indicator ${i}",higher,%,monthly,${p.key},75,${actual}%,"Month ${m}, as reported"`,
      );
      p = nextPeriod(p);
    }
  }
  return lines.join('\r\n');
}

/** Rows per second for `indicators` × `months`, recorded as `${prefix}rows_per_s`. */
export async function importRate(
  indicators: number,
  months: number,
  prefix: string,
): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-import-'));
  const store = openSqliteStore({ file: path.join(dir, 'import.db') });
  try {
    await store.create(
      'people',
      {
        name: 'Bench admin',
        email: 'admin@bench.example',
        jobTitle: 'Performance lead',
        roles: ['admin'],
        delegateId: null,
        onLeaveUntil: null,
        directorateId: null,
      },
      { actorId: 'system', channel: 'system' },
      'admin',
    );
    const csv = buildCsv(indicators, months);
    const rows = csv.split('\r\n').length - 1;
    const { ms, result } = await timed(() =>
      importCsv({ store, clock: { now: () => new Date() } }, csv, { actorId: 'admin' }),
    );
    console.log(
      `import ${rows.toLocaleString('en-GB')}-row CSV (${result.indicatorsCreated} indicators, ${result.returnsCreated.toLocaleString('en-GB')} returns): ` +
        `${fmt(ms)}, ${Math.round(rows / (ms / 1000)).toLocaleString('en-GB')} rows/s`,
    );
    const rate = rows / (ms / 1000);
    record(`${prefix}rows_per_s`, rate, 'rows/s', 'figure only');
    return rate;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchImport(): Promise<void> {
  await importRate(400, 50, 'import.');
}
