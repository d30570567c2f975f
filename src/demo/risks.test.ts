// The demo council's risk register, built for two different days: the same shape whatever the day
// (its dates are offsets from today), tied to the current plan and its people.
import { describe, expect, it } from 'vitest';
import { isAboveTolerance, riskDerivedFields, riskScore } from '../domain/risks/index.js';
import { itemsOf } from '../../test/support/demo-items.js';
import { buildDemoCouncil } from './index.js';

describe.each(['2026-11-23', '2025-07-18'])('the demo risk register built on %s', (today) => {
  const council = buildDemoCouncil({ today });
  const risks = itemsOf(council, 'risks');
  const open = risks.filter((r) => r.status !== 'closed');

  it('has 20–30 risks with unique codes, owned by demo people, threatening current objectives', () => {
    expect(risks.length).toBeGreaterThanOrEqual(20);
    expect(risks.length).toBeLessThanOrEqual(30);
    expect(new Set(risks.map((r) => r.code)).size).toBe(risks.length);
    const people = new Set(itemsOf(council, 'people').map((p) => p.id));
    const current = itemsOf(council, 'plans').find((p) => p.current)!;
    const priorities = new Set(
      itemsOf(council, 'priorities')
        .filter((p) => p.planId === current.id)
        .map((p) => p.id),
    );
    const objectives = new Set(
      itemsOf(council, 'objectives')
        .filter((o) => priorities.has(o.priorityId))
        .map((o) => o.id),
    );
    const threatened = new Set(risks.flatMap((r) => r.objectiveIds));
    for (const r of risks) {
      expect(people.has(r.ownerId)).toBe(true);
      for (const o of r.objectiveIds) expect(objectives.has(o)).toBe(true);
      expect(r.residualScore).toBe(riskScore(r.residualLikelihood, r.residualImpact));
      expect(r).toMatchObject(riskDerivedFields(r));
      expect(r.residualScore).toBeLessThanOrEqual(
        riskScore(r.inherentLikelihood, r.inherentImpact),
      );
    }
    // Across the plan: most of the 15 objectives carry a risk.
    expect(threatened.size).toBeGreaterThanOrEqual(12);
  });

  it('has some above tolerance, exactly one closed, and some reviews overdue on that day', () => {
    expect(open.filter((r) => isAboveTolerance(r.residualScore)).length).toBeGreaterThanOrEqual(4);
    expect(risks.filter((r) => r.status === 'closed')).toHaveLength(1);
    expect(open.filter((r) => r.reviewDate < today).length).toBeGreaterThanOrEqual(4);
    expect(open.filter((r) => r.reviewDate >= today).length).toBeGreaterThanOrEqual(10);
  });

  it('has mitigations and review histories, the latest review being the current residual', () => {
    const ids = new Set(risks.map((r) => r.id));
    const mitigations = itemsOf(council, 'riskMitigations');
    expect(mitigations.length).toBeGreaterThanOrEqual(10);
    for (const m of mitigations) expect(ids.has(m.riskId)).toBe(true);
    const reviews = itemsOf(council, 'riskReviews');
    const reviewed = new Set(reviews.map((r) => r.riskId));
    expect(reviewed.size).toBeGreaterThanOrEqual(3);
    for (const riskId of reviewed) {
      const risk = risks.find((r) => r.id === riskId)!;
      const mine = reviews
        .filter((r) => r.riskId === riskId)
        .sort((a, b) => a.date.localeCompare(b.date));
      expect(mine.at(-1)!.date < today).toBe(true);
      expect(riskScore(mine.at(-1)!.residualLikelihood, mine.at(-1)!.residualImpact)).toBe(
        risk.residualScore,
      );
    }
  });

  it('links corporate projects only to key actions that are corporate projects', () => {
    const actions = new Map(itemsOf(council, 'keyActions').map((a) => [a.id, a]));
    const linked = risks.flatMap((r) => r.projectIds);
    expect(linked.length).toBeGreaterThan(0);
    for (const id of linked) expect(actions.get(id)?.corporateProject).toBe(true);
  });
});
