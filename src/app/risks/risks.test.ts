// The register's use cases on the demo council built for a fixed day (time is an input): the
// list with its filters, one risk with its history and trend, a review (owner or performance team
// only, refused before anything else; a stale one refused and nothing written). The risks in the
// golden thread and on the dashboard are thread-risks.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_DAY, demoAt } from '../../../test/support/demo-at.js';
import { DEMO_PEOPLE_IDS } from '../../demo/index.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../domain/errors/errors.js';
import type { AppDeps } from '../deps.js';
import { getRisk, listRisks, recordRiskReview } from './index.js';

let deps: AppDeps;
const admin = DEMO_PEOPLE_IDS.admin;
beforeEach(async () => {
  deps = await demoAt();
});

describe('the register', () => {
  it('lists every risk, highest residual first, with the codes of the objectives it threatens', async () => {
    const view = await listRisks(deps, DEMO_PEOPLE_IDS.collectionOfficer);
    expect(view.risks.length).toBeGreaterThanOrEqual(20);
    expect(view.risks.length).toBeLessThanOrEqual(30);
    expect(view.tolerance).toBe(12);
    expect(view.today).toBe(DEMO_DAY);
    const scores = view.risks.map((r) => r.residual.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of view.risks) {
      expect(r.objectiveCodes.length).toBeGreaterThan(0);
      for (const c of r.objectiveCodes) expect(c).toMatch(/^P\d\.\d$/);
      expect(r.residual.score).toBe(r.residual.likelihood * r.residual.impact);
      expect(r.aboveTolerance).toBe(r.status !== 'closed' && r.residual.score > 12);
      expect(r.reviewOverdue).toBe(r.status !== 'closed' && r.reviewDate < DEMO_DAY);
    }
    expect(view.risks.some((r) => r.projectCodes.length > 0)).toBe(true);
  });

  it('filters by status, category, owner, above tolerance and review overdue', async () => {
    const all = (await listRisks(deps, admin)).risks;
    const closed = await listRisks(deps, admin, { status: 'closed' });
    expect(closed.risks).toHaveLength(1);
    const above = (await listRisks(deps, admin, { aboveTolerance: 'true' })).risks;
    expect(above.length).toBeGreaterThanOrEqual(3);
    expect(above.every((r) => r.aboveTolerance && r.band !== 'low')).toBe(true);
    expect(above.length).toBe(all.filter((r) => r.aboveTolerance).length);
    const overdue = (await listRisks(deps, admin, { reviewOverdue: 'true' })).risks;
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(overdue.every((r) => r.reviewDate < DEMO_DAY)).toBe(true);
    const financial = (await listRisks(deps, admin, { category: 'financial' })).risks;
    expect(financial.length).toBeGreaterThan(0);
    expect(financial.every((r) => r.category === 'Financial')).toBe(true);
    const owner = all[0]!.owner.id;
    const owned = (await listRisks(deps, admin, { owner })).risks;
    expect(owned.length).toBe(all.filter((r) => r.owner.id === owner).length);
  });

  it('names a bad filter, and refuses someone who is not of the council', async () => {
    await expect(
      listRisks(deps, admin, { status: 'shut', reviewOverdue: 'maybe' }),
    ).rejects.toThrow(
      'status: must be one of open, treated, closed; reviewOverdue: must be true or false',
    );
    await expect(listRisks(deps, admin, { owner: 'nobody@nowhere' })).rejects.toThrow(/^owner:/);
    await expect(listRisks(deps, 'stranger')).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('gives one risk with its mitigations, review history and trend', async () => {
    const risk = await getRisk(deps, admin, 'cr01');
    expect(risk.code).toBe('CR01');
    expect(risk.mitigations).toHaveLength(2);
    expect(risk.reviews.map((r) => r.residual.score)).toEqual([9, 12, 16]);
    expect(risk.trend).toMatchObject({ direction: 'up', words: 'Up from 12 to 16' });
    expect(risk.residual.score).toBe(16);
    expect(risk.aboveTolerance).toBe(true);
    await expect(getRisk(deps, admin, 'CR99')).rejects.toThrow('No risk with code CR99');
    // The register's row carries the same trend, so its table can say it in words.
    const row = (await listRisks(deps, admin)).risks.find((r) => r.code === 'CR01')!;
    expect(row.trend).toEqual(risk.trend);
  });
});

describe('recording a review', () => {
  const good = { residualLikelihood: 2, residualImpact: 3, commentary: 'Mitigation landed.' };

  it('refuses anyone but the owner or the performance team, before looking at the input', async () => {
    const risk = await getRisk(deps, admin, 'CR01');
    const stranger = DEMO_PEOPLE_IDS.collectionOfficer;
    expect(stranger).not.toBe(risk.owner.id);
    await expect(
      recordRiskReview(deps, stranger, 'CR01', { residualLikelihood: 9 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getRisk(deps, admin, 'CR01')).reviews).toHaveLength(3);
  });

  it('names every bad field', async () => {
    const risk = await getRisk(deps, admin, 'CR02');
    const err = await recordRiskReview(deps, risk.owner.id, 'CR02', {
      version: risk.version,
      residualLikelihood: 0,
      residualImpact: '3',
      commentary: ' ',
      nextReviewDate: DEMO_DAY,
      status: 'gone',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems.map((p) => p.field)).toEqual([
      'residualLikelihood',
      'commentary',
      'nextReviewDate',
      'status',
    ]);
  });

  it('keeps the review, moves the scores and the next review, and refuses a stale one', async () => {
    const before = await getRisk(deps, admin, 'CR01');
    const after = await recordRiskReview(deps, before.owner.id, 'CR01', {
      ...good,
      version: before.version,
      status: 'treated',
    });
    expect(after.reviews).toHaveLength(4);
    expect(after.reviews.at(-1)).toMatchObject({
      date: DEMO_DAY,
      commentary: 'Mitigation landed.',
    });
    expect(after.residual).toMatchObject({ score: 6, band: 'medium' });
    expect(after).toMatchObject({ status: 'treated', aboveTolerance: false, reviewOverdue: false });
    expect(after.trend.words).toBe('Down from 16 to 6');
    expect(after.reviewDate).toBe('2026-02-19');
    const [stored] = await deps.store.query('risks', { code: 'CR01' });
    expect(stored!.fields).toMatchObject({
      residualScore: 6,
      reviewDueAt: '2026-02-19T00:00:00.000Z',
    });

    await expect(
      recordRiskReview(deps, admin, 'CR01', { ...good, version: before.version }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await getRisk(deps, admin, 'CR01')).reviews).toHaveLength(4);
    // The performance team may review someone else's risk.
    const again = await recordRiskReview(deps, admin, 'CR01', {
      ...good,
      version: after.version,
      nextReviewDate: '2025-12-31',
    });
    expect(again.reviews.at(-1)!.reviewer.id).toBe(admin);
    expect(again.reviewDate).toBe('2025-12-31');
  });
});
