// The risk import's rules that the CLI test does not walk: a missing required column is named on
// line 1, a column absent from the header leaves that field of a stored risk alone, a blank
// required cell is named, and the importer must be of the performance team.
import { beforeEach, describe, expect, it } from 'vitest';
import { demoAt } from '../../../../test/support/demo-at.js';
import { DEMO_PEOPLE_IDS } from '../../../demo/index.js';
import { ForbiddenError } from '../../../domain/errors/errors.js';
import type { AppDeps } from '../../deps.js';
import { importRisksCsv } from './import-risks.js';

let deps: AppDeps;
const actorId = DEMO_PEOPLE_IDS.admin;
beforeEach(async () => {
  deps = await demoAt();
});

const HEADER = 'code,title,owner,likelihood,impact,residual_likelihood,residual_impact,review_date';

describe('importing the risk register', () => {
  it('names a missing required column on line 1 and writes nothing', async () => {
    const before = await deps.store.query('risks');
    await expect(
      importRisksCsv(deps, 'code,title,owner\nCR50,A risk,' + actorId, { actorId }),
    ).rejects.toThrow(/line 1 likelihood: the required column "likelihood" is missing/);
    expect(await deps.store.query('risks')).toEqual(before);
  });

  it('names blank required cells', async () => {
    await expect(importRisksCsv(deps, `${HEADER}\nCR50,,,3,3,2,2,`, { actorId })).rejects.toThrow(
      'line 2 title: is required; line 2 owner: is required; line 2 review_date: is required',
    );
  });

  it('leaves fields whose column is absent as they are on a stored risk', async () => {
    const [cr04] = await deps.store.query('risks', { code: 'CR04' });
    const row = `CR04,${cr04!.fields.title},${cr04!.fields.ownerId},5,4,2,2,01/06/2026`;
    const summary = await importRisksCsv(deps, `${HEADER}\n${row}`, { actorId });
    expect(summary).toEqual({ rows: 1, created: 0, updated: 1, unchanged: 0 });
    const [after] = await deps.store.query('risks', { code: 'CR04' });
    expect(after!.fields).toEqual({
      ...cr04!.fields,
      inherentLikelihood: 5,
      inherentImpact: 4,
      residualLikelihood: 2,
      residualImpact: 2,
      residualScore: 4,
      reviewDate: '2026-06-01',
      reviewDueAt: '2026-05-31T23:00:00.000Z',
    });
    expect(after!.fields.objectiveIds.length).toBeGreaterThan(0);
  });

  it('refuses anyone but the performance team', async () => {
    await expect(
      importRisksCsv(deps, `${HEADER}\n`, { actorId: DEMO_PEOPLE_IDS.collectionOfficer }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
