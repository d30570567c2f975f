// `golden-thread risks import` as the real command in a child process, against a temp SQLite file
// holding the demo council built for a fixed day (GT_SEED_DEMO=false): a new risk and an update of
// a demo risk by code, the same file again changing nothing, and a refused file listing every
// problem with its line while nothing is written.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { demoCouncilFolder, type DemoCouncilFolder } from './demo-council-folder.js';

let folder: DemoCouncilFolder;
let projectCode: string;
let actionCode: string;

const risksNow = () =>
  folder.read(async (s) =>
    (await s.query('risks')).map((r) => ({ id: r.id, v: r.version, ...r.fields })),
  );

beforeAll(async () => {
  folder = await demoCouncilFolder('2025-11-20');
  const actions = await folder.read((s) => s.query('keyActions'));
  projectCode = actions.find((a) => a.fields.corporateProject)!.fields.code;
  actionCode = actions.find((a) => !a.fields.corporateProject)!.fields.code;
});
afterAll(() => folder.remove());

const HEADER =
  'Code,Title,Owner,Likelihood,Impact,Residual_Likelihood,Residual_Impact,Review_Date,Category,Objectives,Key_Actions,Projects,Status,Description';

describe('golden-thread risks import', { timeout: 180_000 }, () => {
  it('refuses a file with bad cells, a duplicate code and unknown links, writing nothing', async () => {
    const before = await risksNow();
    const auditBefore = await folder.read((s) => s.audit({ list: 'risks' }));
    await writeFile(
      join(folder.path, 'bad.csv'),
      [
        HEADER,
        `CR90,Depot fire,${DEMO_PEOPLE_IDS.admin},4,4,2,3,01/03/2026,Operational,P1.1,,,open,`,
        `CR91,Bad levels,${DEMO_PEOPLE_IDS.admin},6,4,2,x,01/03/2026,,P1.1,,,,`,
        `CR90,Used again,${DEMO_PEOPLE_IDS.admin},2,2,1,1,31/02/2026,,P9.9,,${actionCode},shut,`,
        `CR92,Nobody owns it,nobody@nowhere.example,2,2,3,3,01/03/2026,,,,,,`,
      ].join('\n'),
    );
    const result = await folder.gt('risks', 'import', 'bad.csv');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Nothing was imported from bad.csv.');
    expect(result.stderr).toContain(
      'line 3: likelihood: must be a whole number from 1 to 5, not "6"',
    );
    expect(result.stderr).toContain(
      'line 3: residual_impact: must be a whole number from 1 to 5, not "x"',
    );
    expect(result.stderr).toContain('line 4: code: "CR90" is used again (first on line 2)');
    expect(result.stderr).toContain(
      'line 4: review_date: "31/02/2026" is not a real calendar date',
    );
    expect(result.stderr).toContain(
      'line 4: objectives: "P9.9" is not an objective\'s code in the store',
    );
    expect(result.stderr).toContain(
      `line 4: projects: "${actionCode}" is a key action but not a corporate project`,
    );
    expect(result.stderr).toContain(
      'line 4: status: "shut" is not a status; use open, treated or closed',
    );
    expect(result.stderr).toContain('line 5: owner: "nobody@nowhere.example" is not a person');
    expect(result.stderr).toContain(
      'line 5: residual_impact: the residual score 9 is above the inherent score 4',
    );
    expect(result.stderr).not.toMatch(/line 2:/);
    expect(await risksNow()).toEqual(before);
    expect(await folder.read((s) => s.audit({ list: 'risks' }))).toHaveLength(auditBefore.length);
  });

  it('creates a new risk, updates a demo risk by code, and changes nothing the second time', async () => {
    const before = await risksNow();
    const cr02 = before.find((r) => r.code === 'CR02')!;
    await writeFile(
      join(folder.path, 'risks.csv'),
      [
        HEADER,
        `CR90,Depot fire,${DEMO_PEOPLE_IDS.admin},4,4,3,5,01/03/2026,Operational,P1.1;P1.2,${actionCode},${projectCode},,"Fire in the ""old"" depot,\nstill on one site"`,
        `cr02,Recycling contamination rejects loads,${cr02.ownerId},4,3,3,3,${'15/01/2026'},Financial,P1.1,,,treated,`,
      ].join('\n'),
    );
    const first = await folder.gt('risks', 'import', 'risks.csv');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('Imported risks.csv: 2 rows');
    expect(first.stdout).toContain('risks: 1 created, 1 updated, 0 unchanged');

    const after = await risksNow();
    expect(after).toHaveLength(before.length + 1);
    const made = after.find((r) => r.code === 'CR90')!;
    expect(made).toMatchObject({
      title: 'Depot fire',
      description: 'Fire in the "old" depot,\nstill on one site',
      residualScore: 15,
      reviewDate: '2026-03-01',
      reviewDueAt: '2026-03-01T00:00:00.000Z',
      status: 'open',
      category: 'Operational',
    });
    expect(made.objectiveIds).toHaveLength(2);
    expect(made.keyActionIds).toHaveLength(1);
    expect(made.projectIds).toHaveLength(1);
    const updated = after.find((r) => r.code === 'CR02')!;
    expect(updated).toMatchObject({
      title: 'Recycling contamination rejects loads',
      status: 'treated',
      reviewDate: '2026-01-15',
      id: cr02.id,
    });
    expect(updated.v).not.toBe(cr02.v);
    const audit = await folder.read((s) => s.audit({ list: 'risks' }));
    expect(audit.filter((a) => a.event === 'risk.import' && a.channel === 'import')).toHaveLength(
      2,
    );

    const second = await folder.gt('risks', 'import', 'risks.csv');
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toContain('risks: 0 created, 0 updated, 2 unchanged');
    expect(second.stdout).toContain('Nothing changed');
    expect(await risksNow()).toEqual(after);
  });

  // The register's three files alike: the person is refused before the file is read for problems.
  it.each(['import', 'import-mitigations', 'import-reviews'])(
    'lets only the performance team %s',
    async (command) => {
      const result = await folder.gt(
        '--as',
        DEMO_PEOPLE_IDS.collectionOfficer,
        'risks',
        command,
        'risks.csv',
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/performance team/);
    },
  );
});
