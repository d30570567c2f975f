// `golden-thread risks import-mitigations` and `risks import-reviews` as the real commands in a
// child process, against a temp SQLite file holding the demo council built for a fixed day
// (GT_SEED_DEMO=false): a register's actions sheet and review log imported, the same files again
// changing nothing, and refused files listing every problem with its line while nothing is
// written. The command reads the system clock, so review dates are set from this process's clock
// (which a faked time moves for the child too), never from a fixed year.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { addDays, formatDate, londonDate } from '../../src/domain/periods/index.js';
import { demoCouncilFolder, type DemoCouncilFolder } from './demo-council-folder.js';

let folder: DemoCouncilFolder;
let code: string;
const admin = DEMO_PEOPLE_IDS.admin;
const ukDay = (days: number) => formatDate(addDays(londonDate(new Date()), days));

const listed = <L extends 'riskMitigations' | 'riskReviews'>(list: L) =>
  folder.read(async (s) =>
    (await s.query(list)).map((i) => ({ id: i.id, v: i.version, ...i.fields })),
  );

beforeAll(async () => {
  folder = await demoCouncilFolder('2025-11-20');
  // A risk whose inherent score is at least 6, so a 2 × 3 review is below it.
  const risks = await folder.read((s) => s.query('risks'));
  code = risks.find((r) => r.fields.inherentLikelihood * r.fields.inherentImpact >= 6)!.fields.code;
});
afterAll(() => folder.remove());

describe('golden-thread risks import-mitigations and import-reviews', { timeout: 180_000 }, () => {
  it('refuses a bad actions sheet and a bad review log, each problem on its line, writing nothing', async () => {
    const mitigations = await listed('riskMitigations');
    const reviews = await listed('riskReviews');
    await writeFile(
      join(folder.path, 'bad-actions.csv'),
      [
        'risk,action,owner,due_date,status',
        `${code},Fit a sprinkler system,${admin},31/03/2026,in progress`,
        `NOPE99,Nobody's risk,${admin},2026-03-31,maybe`,
      ].join('\n'),
    );
    const actions = await folder.gt('risks', 'import-mitigations', 'bad-actions.csv');
    expect(actions.code).toBe(1);
    expect(actions.stdout).toBe('');
    expect(actions.stderr).toContain('Nothing was imported from bad-actions.csv.');
    expect(actions.stderr).toContain(`line 3: risk: "NOPE99" is not a risk's code in the store`);
    expect(actions.stderr).toContain('line 3: due_date:');
    expect(actions.stderr).toContain(
      'line 3: status: "maybe" is not a status; use not started, in progress or done',
    );
    expect(actions.stderr).not.toMatch(/line 2:/);

    await writeFile(
      join(folder.path, 'bad-reviews.csv'),
      [
        'risk,date,residual_likelihood,residual_impact,reviewer',
        `${code},${ukDay(-30)},2,3,${admin}`,
        `${code},${ukDay(10)},2,3,${admin}`,
      ].join('\n'),
    );
    const log = await folder.gt('risks', 'import-reviews', 'bad-reviews.csv');
    expect(log.code).toBe(1);
    expect(log.stderr).toContain('Nothing was imported from bad-reviews.csv.');
    expect(log.stderr).toMatch(/line 3: date: \d\d\/\d\d\/\d{4} is after today/);
    expect(log.stderr).not.toMatch(/line 2:/);
    expect(await listed('riskMitigations')).toEqual(mitigations);
    expect(await listed('riskReviews')).toEqual(reviews);
  });

  it('imports the actions and the review log, and changes nothing the second time', async () => {
    const mitigations = await listed('riskMitigations');
    const reviews = await listed('riskReviews');
    await writeFile(
      join(folder.path, 'actions.csv'),
      [
        'Risk,Action,Owner,Due_Date,Status',
        `${code},Fit a sprinkler system,${admin},31/03/2026,In progress`,
        `${code},"Test the plan, with the contractor",${admin},30/06/2026,Not started`,
      ].join('\n'),
    );
    await writeFile(
      join(folder.path, 'reviews.csv'),
      [
        'Risk,Date,Residual_Likelihood,Residual_Impact,Reviewer,Commentary',
        `${code},${ukDay(-120)},2,3,${admin},"Controls in place, watching"`,
      ].join('\n'),
    );
    const first = await folder.gt('risks', 'import-mitigations', 'actions.csv');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('mitigating actions: 2 created, 0 updated, 0 unchanged');
    const logged = await folder.gt('risks', 'import-reviews', 'reviews.csv');
    expect(logged).toMatchObject({ code: 0, stderr: '' });
    expect(logged.stdout).toContain('reviews: 1 created, 0 updated, 0 unchanged');

    const afterActions = await listed('riskMitigations');
    expect(afterActions).toHaveLength(mitigations.length + 2);
    expect(
      afterActions.find((m) => m.title === 'Test the plan, with the contractor'),
    ).toMatchObject({
      ownerId: admin,
      dueDate: '2026-06-30',
      status: 'not-started',
    });
    const afterReviews = await listed('riskReviews');
    expect(afterReviews).toHaveLength(reviews.length + 1);
    expect(afterReviews.find((r) => r.commentary === 'Controls in place, watching')).toMatchObject({
      residualLikelihood: 2,
      residualImpact: 3,
      reviewerId: admin,
    });
    const audit = await folder.read((s) => s.audit({ list: 'riskMitigations' }));
    expect(
      audit.filter((a) => a.event === 'risk.mitigation.import' && a.channel === 'import'),
    ).toHaveLength(2);

    const again = await folder.gt('risks', 'import-mitigations', 'actions.csv');
    expect(again.stdout).toContain('mitigating actions: 0 created, 0 updated, 2 unchanged');
    expect(again.stdout).toContain('Nothing changed');
    const logAgain = await folder.gt('risks', 'import-reviews', 'reviews.csv');
    expect(logAgain.stdout).toContain('reviews: 0 created, 0 updated, 1 unchanged');
    expect(await listed('riskMitigations')).toEqual(afterActions);
    expect(await listed('riskReviews')).toEqual(afterReviews);
  });
});
