// Importing a risk register's actions sheet and review log, on the demo council read at a fixed
// moment (demoAt): created, then updated where the file differs and unchanged where it does not;
// a review dated after the clock's today refused; every problem named with its line and column
// while nothing is written; the performance team only. Risks and people are found in the data.
import { beforeEach, describe, expect, it } from 'vitest';
import { demoAt, DEMO_DAY } from '../../../../test/support/demo-at.js';
import { DEMO_PEOPLE_IDS } from '../../../demo/index.js';
import { ForbiddenError, ValidationError } from '../../../domain/errors/errors.js';
import type { Risk } from '../../../domain/model/types.js';
import type { AppDeps } from '../../deps.js';
import { importMitigationsCsv } from './import-mitigations.js';
import { importReviewsCsv } from './import-reviews.js';

let deps: AppDeps;
let risk: Risk;
const actorId = DEMO_PEOPLE_IDS.admin;

beforeEach(async () => {
  deps = await demoAt();
  // A risk whose inherent score leaves room below it for a review's residual scores.
  const risks = await deps.store.query('risks');
  const item = risks.find((r) => r.fields.inherentLikelihood * r.fields.inherentImpact >= 9)!;
  risk = { ...item.fields, id: item.id };
});

const problemsOf = (p: Promise<unknown>) =>
  p.then(
    () => [],
    (e: unknown) => {
      if (!(e instanceof ValidationError)) throw e;
      return e.problems.map((x) => `${x.field}: ${x.message}`);
    },
  );

describe('importing mitigating actions', () => {
  const HEADER = 'Risk,Action,Owner,Due_Date,Status';

  it('creates actions, updates one by its risk and words, and writes nothing the second time', async () => {
    const before = await deps.store.query('riskMitigations', { riskId: risk.id });
    const csv = (status: string) =>
      [
        HEADER,
        `${risk.code.toLowerCase()},Second depot key holder,${actorId},31/03/2026,${status}`,
        `${risk.code},Quarterly drill with the contractor,${actorId},30/06/2026,Not started`,
      ].join('\n');
    expect(await importMitigationsCsv(deps, csv('In progress'), { actorId })).toEqual({
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(await importMitigationsCsv(deps, csv('In progress'), { actorId })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    // The next export: the same action, done; matched ignoring case.
    const next = csv('done').replace('Second depot key holder', 'second depot KEY holder');
    expect(await importMitigationsCsv(deps, next, { actorId })).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    const after = await deps.store.query('riskMitigations', { riskId: risk.id });
    expect(after).toHaveLength(before.length + 2);
    expect(after.map((m) => m.fields)).toContainEqual({
      riskId: risk.id,
      title: 'second depot KEY holder',
      ownerId: actorId,
      dueDate: '2026-03-31',
      status: 'done',
    });
  });

  it('refuses a file with every problem and its line, writing nothing', async () => {
    const before = await deps.store.query('riskMitigations');
    const csv = [
      HEADER,
      `NOPE99,An action,${actorId},31/03/2026,done`,
      `${risk.code},,nobody@nowhere.example,31/02/2026,finished`,
      `${risk.code},Twice,${actorId},01/04/2026,done`,
      `${risk.code},twice,${actorId},01/05/2026,in progress`,
      `${risk.code},Blank status,${actorId},01/05/2026,`,
    ].join('\n');
    expect(await problemsOf(importMitigationsCsv(deps, csv, { actorId }))).toEqual([
      `line 2 risk: "NOPE99" is not a risk's code in the store`,
      'line 3 action: is required',
      `line 3 owner: "nobody@nowhere.example" is not a person's email or id in the store`,
      'line 3 due_date: "31/02/2026" is not a real calendar date; use dd/mm/yyyy, e.g. 20/07/2025',
      'line 3 status: "finished" is not a status; use not started, in progress or done',
      'line 5 action: repeats the action of line 4 for the same risk',
      'line 6 status: is required: not started, in progress or done',
    ]);
    expect(await deps.store.query('riskMitigations')).toEqual(before);
  });

  it('refuses anyone but the performance team', async () => {
    const csv = `${HEADER}\n${risk.code},An action,${actorId},31/03/2026,done`;
    await expect(
      importMitigationsCsv(deps, csv, { actorId: DEMO_PEOPLE_IDS.collectionOfficer }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('importing past reviews', () => {
  const HEADER = 'risk,date,residual_likelihood,residual_impact,reviewer,commentary';
  const [y, m, d] = DEMO_DAY.split('-');
  const today = `${d}/${m}/${y}`;

  it('keeps the history by risk and date, and leaves the risk itself alone', async () => {
    const csv = (commentary: string) =>
      [
        HEADER,
        `${risk.code},01/04/2024,3,3,${actorId},First review on the old spreadsheet`,
        `${risk.code},${today},2,2,${actorId},"${commentary}"`,
      ].join('\n');
    expect(await importReviewsCsv(deps, csv('Reviewed, no change'), { actorId })).toMatchObject({
      created: 2,
      updated: 0,
    });
    expect(await importReviewsCsv(deps, csv('Reviewed, no change'), { actorId })).toMatchObject({
      unchanged: 2,
    });
    expect(
      await importReviewsCsv(deps, csv('Reviewed, controls tested'), { actorId }),
    ).toMatchObject({ updated: 1, unchanged: 1 });
    const reviews = await deps.store.query('riskReviews', { riskId: risk.id });
    expect(reviews.map((r) => r.fields)).toContainEqual({
      riskId: risk.id,
      date: '2024-04-01',
      residualLikelihood: 3,
      residualImpact: 3,
      commentary: 'First review on the old spreadsheet',
      reviewerId: actorId,
    });
    const [stored] = await deps.store.query('risks', { code: risk.code });
    expect({ ...stored!.fields, id: stored!.id }).toEqual(risk);
  });

  it('refuses a review after today, a score above the inherent one, a repeat and bad cells', async () => {
    const before = await deps.store.query('riskReviews');
    const inherent = risk.inherentLikelihood * risk.inherentImpact;
    const csv = [
      HEADER,
      `${risk.code},21/11/2025,1,1,${actorId},`,
      `${risk.code},01/04/2025,5,5,${actorId},`,
      `${risk.code},01/05/2025,0,x,Nobody,`,
      `${risk.code},01/06/2025,1,1,${actorId},`,
      `${risk.code},01/06/2025,2,1,${actorId},`,
    ].join('\n');
    const found = await problemsOf(importReviewsCsv(deps, csv, { actorId }));
    const over =
      inherent < 25
        ? [
            `line 3 residual_impact: the residual score 25 is above ${risk.code}'s inherent score ${inherent}`,
          ]
        : [];
    expect(found).toEqual([
      'line 2 date: 21/11/2025 is after today (20/11/2025)',
      ...over,
      'line 4 residual_likelihood: must be a whole number from 1 to 5, not "0"',
      'line 4 residual_impact: must be a whole number from 1 to 5, not "x"',
      `line 4 reviewer: "Nobody" is not a person's email or id in the store`,
      'line 6 date: repeats the review of line 5: one review of a risk a day',
    ]);
    expect(await deps.store.query('riskReviews')).toEqual(before);
  });
});
