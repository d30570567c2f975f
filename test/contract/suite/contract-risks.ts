// Contract (issue 17): the risk register's three lists hold what was written — id lists, 1–5
// levels, the stored residual score and review instant, free text with quotes and new lines —
// through create, query by the fields the app filters on, and update; a write naming a version
// that is no longer current is refused with a ConflictError and changes nothing.
import { expect, it } from 'vitest';
import { ConflictError } from '../../../src/domain/errors/errors.js';
import type { Risk, RiskMitigation, RiskReview } from '../../../src/domain/model/types.js';
import { CHECKER, OFFICER, type StoreHolder } from './contract-fixtures.js';

const RISK: Omit<Risk, 'id'> = {
  code: 'CR01',
  title: 'Recycling contract ends without a successor',
  description: 'The "dry recycling" contract ends in March.\nRe-tendering may slip.',
  category: 'Contractual',
  ownerId: 'owner-1',
  objectiveIds: ['obj-1', 'obj-3'],
  keyActionIds: ['ka-7'],
  projectIds: [],
  inherentLikelihood: 4,
  inherentImpact: 5,
  residualLikelihood: 3,
  residualImpact: 5,
  residualScore: 15,
  reviewDate: '2025-12-01',
  reviewDueAt: '2025-12-01T00:00:00.000Z',
  status: 'open',
};

const MITIGATION: Omit<RiskMitigation, 'id'> = {
  riskId: '',
  title: 'Extend the current contract by six months',
  ownerId: 'owner-2',
  dueDate: '2026-01-31',
  status: 'in-progress',
};

const REVIEW: Omit<RiskReview, 'id'> = {
  riskId: '',
  date: '2025-09-01',
  residualLikelihood: 4,
  residualImpact: 5,
  commentary: 'Tender “on hold” until the budget is set.',
  reviewerId: 'owner-1',
};

export function risksContract(s: StoreHolder): void {
  it('risks: round-trip, query by code, status and owner, update, and a stale write refused', async () => {
    const created = await s.store.create('risks', RISK, OFFICER);
    await s.store.create(
      'risks',
      { ...RISK, code: 'CR02', ownerId: 'owner-2', status: 'closed', objectiveIds: [] },
      OFFICER,
    );
    expect((await s.store.get('risks', created.id))?.fields).toEqual(RISK);
    expect((await s.store.query('risks', { code: 'CR01' })).map((r) => r.id)).toEqual([created.id]);
    expect((await s.store.query('risks', { status: 'closed' })).map((r) => r.fields.code)).toEqual([
      'CR02',
    ]);
    expect((await s.store.query('risks', { ownerId: 'owner-1' })).length).toBe(1);

    const reviewed = {
      residualLikelihood: 2 as const,
      residualScore: 10,
      status: 'treated' as const,
    };
    const updated = await s.store.update('risks', created.id, created.version, reviewed, CHECKER);
    expect(updated.version).not.toBe(created.version);
    await expect(
      s.store.update('risks', created.id, created.version, { title: 'Overwritten' }, OFFICER),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await s.store.get('risks', created.id))?.fields).toEqual({ ...RISK, ...reviewed });
  });

  it('riskMitigations and riskReviews: round-trip and query by risk', async () => {
    const risk = await s.store.create('risks', RISK, OFFICER);
    const other = await s.store.create('risks', { ...RISK, code: 'CR09' }, OFFICER);
    const mitigation = await s.store.create(
      'riskMitigations',
      { ...MITIGATION, riskId: risk.id },
      OFFICER,
    );
    await s.store.create('riskMitigations', { ...MITIGATION, riskId: other.id }, OFFICER);
    const first = await s.store.create('riskReviews', { ...REVIEW, riskId: risk.id }, OFFICER);
    const second = {
      ...REVIEW,
      riskId: risk.id,
      date: '2025-11-03',
      residualLikelihood: 3 as const,
    };
    await s.store.create('riskReviews', second, OFFICER);
    expect((await s.store.get('riskReviews', first.id))?.fields).toEqual({
      ...REVIEW,
      riskId: risk.id,
    });
    const ofRisk = await s.store.query('riskReviews', { riskId: risk.id });
    expect(ofRisk.map((r) => r.fields.date).sort()).toEqual(['2025-09-01', '2025-11-03']);
    expect(await s.store.query('riskReviews', { riskId: other.id })).toEqual([]);
    await s.store.update(
      'riskMitigations',
      mitigation.id,
      mitigation.version,
      { status: 'done' },
      OFFICER,
    );
    const mine = await s.store.query('riskMitigations', { riskId: risk.id });
    expect(mine.map((m) => m.fields)).toEqual([{ ...MITIGATION, riskId: risk.id, status: 'done' }]);
  });
}
