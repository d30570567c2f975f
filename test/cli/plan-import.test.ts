// `golden-thread plan import` and `plan export` as the real command in a child process, against a
// SQLite file that holds only the council's people and one service (GT_SEED_DEMO=false): King's
// Lynn and West Norfolk's Corporate Business Plan (6 priorities, 18 objectives) from
// test/fixtures/kings-lynn-plan.csv, the same file again, a refused file, and the round trip of
// the exported CSV.
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { KL_ADMIN_ID, KL_FILE, seedPlanCouncil, storeState } from '../support/plan-council.js';
import { goldenThread, tempFolder } from './run-golden-thread.js';

let folder: Awaited<ReturnType<typeof tempFolder>>;
const env = { GT_SEED_DEMO: 'false' };

beforeEach(async () => {
  folder = await tempFolder();
  const store = openSqliteStore({ file: join(folder.path, 'gt.db') });
  try {
    await seedPlanCouncil(store);
  } finally {
    await store.close();
  }
  await copyFile(KL_FILE, join(folder.path, 'kings-lynn.csv'));
});
afterEach(async () => {
  await folder.remove();
});

const gt = (...args: string[]) =>
  goldenThread(['--data', 'gt.db', ...args], { cwd: folder.path, env });

async function state() {
  const store = openSqliteStore({ file: join(folder.path, 'gt.db') });
  try {
    return await storeState(store);
  } finally {
    await store.close();
  }
}

describe('golden-thread plan import and export', { timeout: 300_000 }, () => {
  it('enters King’s Lynn’s plan into a store with no plan; the same file again changes nothing', async () => {
    const first = await gt('plan', 'import', 'kings-lynn.csv');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('plans:         1 created, 0 updated');
    expect(first.stdout).toContain('priorities:    6 created, 0 updated');
    expect(first.stdout).toContain('objectives:    18 created, 0 updated');
    expect(first.stdout).toContain('service plans: 1 created, 0 updated');
    expect(first.stdout).toContain('key actions:   3 created, 0 updated');
    const after = await state();
    expect(after.counts).toMatchObject({ plans: 1, priorities: 6, objectives: 18, keyActions: 3 });

    const store = openSqliteStore({ file: join(folder.path, 'gt.db') });
    try {
      const audit = await store.audit({ list: 'objectives' });
      expect(audit).toHaveLength(18);
      expect(audit.every((a) => a.actorId === KL_ADMIN_ID && a.channel === 'import')).toBe(true);
    } finally {
      await store.close();
    }

    const second = await gt('plan', 'import', 'kings-lynn.csv');
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toContain('Nothing changed');
    expect(await state()).toEqual(after);
  });

  it('refuses a file with a missing parent, a duplicate code, a bad link and an ownerless action', async () => {
    const before = await state();
    await writeFile(
      join(folder.path, 'bad.csv'),
      [
        'level,code,title,parent,start,end,service,year,owner,objectives',
        'plan,KL,Corporate Business Plan,,2017/18,2019/20,,,,',
        'priority,KL-P1,Local services within our resources,KL,,,,,,',
        'objective,KL-O1,Channel shift,KL-P9,,,,,,',
        'objective,KL-P1,Priority code used again,KL-P1,,,,,,',
        'service-plan,ENV,Environment plan,,,,Environmental Services,2017/18,,',
        'key-action,KA1,Garden waste,ENV,01/04/2017,31/03/2018,,,action.owner@kl.example,KL-O404',
        'key-action,KA2,Street cleansing,ENV,,31/12/2017,,,,',
      ].join('\n'),
    );
    const result = await gt('plan', 'import', 'bad.csv');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Nothing was imported from bad.csv.');
    expect(result.stderr).toContain('Error: 4 problems:');
    expect(result.stderr).toContain(
      'line 4: parent: no priority with the code "KL-P9" in the file or the store',
    );
    expect(result.stderr).toContain('line 5: code: "KL-P1" is already used on line 3');
    expect(result.stderr).toContain(
      'line 7: objectives: no objective with the code "KL-O404" in the file or the store',
    );
    expect(result.stderr).toContain('line 8: owner: is required for a key action');
    expect(await state()).toEqual(before);
  });

  it('exports JSON and CSV; the exported CSV imports back changing nothing', async () => {
    expect((await gt('plan', 'import', 'kings-lynn.csv')).code).toBe(0);

    const json = await gt('plan', 'export', '--format', 'json');
    expect(json.code).toBe(0);
    const items = JSON.parse(json.stdout) as Array<Record<string, string>>;
    expect(items).toHaveLength(29);
    expect(items.filter((i) => i.level === 'priority')).toHaveLength(6);
    expect(items.filter((i) => i.level === 'objective')).toHaveLength(18);
    expect(items.find((i) => i.code === 'KL-O18')).toMatchObject({
      level: 'objective',
      parent: 'KL-P6',
      title: 'Support early help initiatives that stop problems arising in the first place',
    });
    expect(items.find((i) => i.code === 'KL-KA1')).toMatchObject({
      level: 'key-action',
      parent: 'KL-ENV-2017/18',
      owner: 'action.owner@kl.example',
      start: '01/04/2017',
      end: '31/03/2018',
      objectives: 'KL-O7;KL-O3',
      corporate_project: 'yes',
    });

    const csv = await gt('plan', 'export', '--out', 'exported.csv');
    expect(csv).toMatchObject({ code: 0, stdout: '' });
    expect(csv.stderr).toContain('Wrote 29 plan items to exported.csv');
    const before = await state();
    const again = await gt('plan', 'import', 'exported.csv');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing changed');
    expect(await state()).toEqual(before);
  });
});
