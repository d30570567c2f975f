// `golden-thread budget import` as the real command in a child process, against a temp SQLite file
// holding the demo council built for a fixed day (GT_SEED_DEMO=false): a clean file is imported
// and importing it again changes nothing; a refused file lists every problem with its line, exits
// 1 and writes nothing (the stored lines and the audit trail are as they were), as does a clean
// file from someone outside the performance team.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { demoCouncilFolder, type DemoCouncilFolder } from './demo-council-folder.js';

let folder: DemoCouncilFolder;

beforeAll(async () => {
  folder = await demoCouncilFolder('2025-11-20');
});
afterAll(() => folder.remove());

const HEADER =
  'service,year,period,original_budget,current_budget,actual_to_date,forecast_outturn,commentary';

async function file(name: string, rows: string[]): Promise<string> {
  await writeFile(join(folder.path, name), [HEADER, ...rows].join('\n'));
  return name;
}

async function snapshot() {
  const store = openSqliteStore({ file: folder.dataFile });
  try {
    const lines = await store.query('budgetLines');
    const audit = await store.audit({ list: 'budgetLines' });
    return { lines: lines.map((l) => ({ id: l.id, version: l.version, ...l.fields })), audit };
  } finally {
    await store.close();
  }
}

async function officerEmail(): Promise<string> {
  const store = openSqliteStore({ file: folder.dataFile });
  try {
    const people = await store.query('people');
    return people.find((p) => p.fields.roles.join() === 'officer')!.fields.email;
  } finally {
    await store.close();
  }
}

describe('golden-thread budget import', { timeout: 180_000 }, () => {
  it('refuses a file with three decimal places, an unknown service and a half-year, writing nothing', async () => {
    const before = await snapshot();
    const name = await file('bad.csv', [
      'Waste and Recycling,2025/26,2025/26 Q3,"£6,240,000.005",1,1,1,',
      'Car Parks,2025/26,2025-12,1,1,1,1,',
      'Leisure and Communities,2025/26,2025/26 H1,1,1,1,1,',
    ]);
    const result = await folder.gt('budget', 'import', name);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Nothing was imported from bad.csv.');
    expect(result.stderr).toMatch(/line 2: original_budget: .*more than two decimal places/);
    expect(result.stderr).toMatch(/line 3: service: "Car Parks" is not a service/);
    expect(result.stderr).toMatch(/line 4: period: "2025\/26 H1" is a half-year/);
    expect(await snapshot()).toEqual(before);

    // A clean file, but not from the performance team: refused, nothing written.
    const clean = await file('clean.csv', ['Waste and Recycling,2025/26,2025/26 Q3,1,1,1,1,']);
    const officer = await officerEmail();
    const refused = await folder.gt('--as', officer, 'budget', 'import', clean);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Only the performance team may import budget lines/);
    expect(await snapshot()).toEqual(before);
  });

  it('imports, replacing the same service and period, and again changes nothing', async () => {
    const name = await file('ledger.csv', [
      'Waste and Recycling,2025/26,2025/26 Q3,"£6,240,000.00","£6,302,400.00",4500000,"£6,650,000.00",Fleet hire',
      'Leisure and Communities,2025/26,2025-12,840000,840000,"600,000.50",-250.00,"Fees, net of refunds"',
    ]);
    const first = await folder.gt('budget', 'import', name);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('budget lines: 1 created, 1 replaced, 0 unchanged');
    const written = await snapshot();
    const leisure = written.lines.find((l) => l.periodKey === '2025-12')!;
    expect(leisure).toMatchObject({ actualToDatePence: 60_000_050, forecastOutturnPence: -25_000 });
    expect(written.lines.filter((l) => l.commentary === 'Fleet hire')).toHaveLength(1);

    const again = await folder.gt('budget', 'import', name);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('budget lines: 0 created, 0 replaced, 2 unchanged');
    expect(await snapshot()).toEqual(written);
  });
});
