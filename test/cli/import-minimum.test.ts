// `golden-thread import` with a council's own spreadsheet of just the minimum columns, as the real
// command in a child process: into the demo council (seeded on first use, GT_SEED_DEMO's default),
// which has services, and into an empty store with GT_SEED_DEMO=false, which is how a council
// starts. Either way the new indicators are created, waiting for a service and officers.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { goldenThread, tempFolder } from './run-golden-thread.js';

const MINIMUM = [
  'code,title,polarity,unit,frequency,period,target,actual',
  'TA01,Tenancy audits completed,higher,count,quarterly,2025/26 Q1,150,162',
  'TA02,Rent collected (%),higher,%,quarterly,2025/26 Q1,97.5,96.8%',
].join('\n');

let folder: Awaited<ReturnType<typeof tempFolder>>;
afterEach(async () => {
  await folder.remove();
});

/** A fresh folder holding the file; returns the folder. */
async function withFile(): Promise<string> {
  folder = await tempFolder();
  await writeFile(join(folder.path, 'minimum.csv'), MINIMUM);
  return folder.path;
}

/** The imported indicators as stored, by code, and the ids of the store's admins. */
async function stored(file: string) {
  const store = openSqliteStore({ file });
  try {
    const items = await store.query('indicators');
    const people = await store.query('people');
    const indicators = new Map(
      items.filter((i) => i.fields.code.startsWith('TA')).map((i) => [i.fields.code, i.fields]),
    );
    const admins = people.filter((p) => p.fields.roles.includes('admin')).map((p) => p.id);
    return { indicators, admins };
  } finally {
    await store.close();
  }
}

describe('golden-thread import with the minimum columns', { timeout: 120_000 }, () => {
  it('creates the indicators in the demo council, the importer standing in as officers', async () => {
    const cwd = await withFile();
    const result = await goldenThread(['--data', 'gt.db', 'import', 'minimum.csv'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Seeded the demo council \(Borough of Elmstead\) into gt\.db/);
    expect(result.stdout).toContain('indicators: 2 created, 0 updated');
    expect(result.stdout).toContain('returns:    2 created, 0 updated');
    expect(result.stdout).toContain(
      "2 new indicators need a service and officers: assign them on the tab's Set-up page",
    );

    const { indicators, admins } = await stored(join(cwd, 'gt.db'));
    const ta01 = indicators.get('TA01')!;
    // The importer is the demo's first admin (no --as): every officer, until someone assigns them.
    expect(ta01).toMatchObject({ serviceId: null, needsOwners: true, collectorId: admins[0] });
    expect([ta01.responsibleId, ta01.authoriserId, ta01.escalationOwnerId]).toEqual([
      admins[0],
      admins[0],
      admins[0],
    ]);
    expect(indicators.get('TA02')).toMatchObject({ serviceId: null, needsOwners: true });

    const exported = await goldenThread(
      ['--data', 'gt.db', 'export', '--period', '2025/26 Q1', '--format', 'json'],
      { cwd },
    );
    const rows = JSON.parse(exported.stdout) as Array<Record<string, unknown>>;
    expect(rows.find((r) => r.code === 'TA01')).toMatchObject({ actual: 162, target: 150 });
    expect(rows.find((r) => r.code === 'TA02')).toMatchObject({ actual: 96.8, target: 97.5 });
  });

  it('creates them in an empty store with GT_SEED_DEMO=false, and the store can then be read', async () => {
    const cwd = await withFile();
    const env = { GT_SEED_DEMO: 'false' };
    const result = await goldenThread(['--data', 'gt.db', 'import', 'minimum.csv'], { cwd, env });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('indicators: 2 created, 0 updated');

    const { indicators } = await stored(join(cwd, 'gt.db'));
    expect([...indicators.keys()].sort()).toEqual(['TA01', 'TA02']);
    // Nobody is in the store yet: the import is recorded against `cli`.
    expect(indicators.get('TA01')).toMatchObject({
      serviceId: null,
      collectorId: 'cli',
      needsOwners: true,
    });

    const rate = await goldenThread(['--data', 'gt.db', 'rate', '--period', '2025/26 Q1'], {
      cwd,
      env,
    });
    expect(rate).toMatchObject({ code: 0, stderr: '' });
    expect(rate.stdout).toMatch(/^TA01\s.*162/m);
    expect(rate.stdout).toMatch(/^TA02\s.*96\.8%/m);
  });
});
