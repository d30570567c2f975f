import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorReturn } from '../domain/model/types.js';
import { parsePeriod } from '../domain/periods/index.js';
import { rateValue } from '../domain/ratings/index.js';
import { buildDemoCouncil } from './index.js';
import { itemsOf } from '../../test/support/demo-items.js';

describe.each(['2026-11-23', '2025-07-18'])('demo returns built on %s', (today) => {
  const council = buildDemoCouncil({ today });
  const indicators = new Map(itemsOf(council, 'indicators').map((i) => [i.id, i]));
  const returns = itemsOf(council, 'returns');
  const plans = new Map(itemsOf(council, 'actionPlans').map((p) => [p.id, p]));
  const targets = itemsOf(council, 'targets');
  const targetFor = (r: IndicatorReturn): number | null =>
    targets.find((t) => t.indicatorId === r.indicatorId && t.profile[r.periodKey] !== undefined)
      ?.profile[r.periodKey] ?? null;

  it('has returns only for periods that ended before today, none for the retired indicator', () => {
    for (const r of returns) expect(parsePeriod(r.periodKey).end < today).toBe(true);
    const retired = [...indicators.values()].find((i) => i.retired)!;
    expect(returns.some((r) => r.indicatorId === retired.id)).toBe(false);
  });

  it('starts every live indicator in April two financial years ago, one return per period', () => {
    const fy = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) >= 4 ? 0 : 1);
    const monthly = returns.filter(
      (r) => r.indicatorId === [...indicators.values()].find((i) => i.code === 'WR01')!.id,
    );
    expect(monthly[0]?.periodKey).toBe(`${fy - 2}-04`);
    const keys = returns.map((r) => `${r.indicatorId}|${r.periodKey}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shows every workflow state, a sent-back return and a not-available one', () => {
    expect(new Set(returns.map((r) => r.state))).toEqual(
      new Set(['due', 'submitted', 'checked', 'authorised']),
    );
    expect(
      returns.some((r) => r.state === 'due' && r.sentBackReason !== null && r.sentBackBy !== null),
    ).toBe(true);
    expect(
      returns.some((r) => r.value === null && r.notAvailableReason !== null && r.state !== 'due'),
    ).toBe(true);
  });

  it('keeps value and state consistent', () => {
    for (const r of returns) {
      if (r.state === 'due') expect(r.value).toBeNull();
      else expect(r.value !== null || r.notAvailableReason !== null).toBe(true);
      expect(r.enteredBy !== null).toBe(r.state !== 'due');
      expect(r.checkedBy !== null).toBe(r.state === 'checked' || r.state === 'authorised');
      expect(r.authorisedBy !== null).toBe(r.state === 'authorised');
    }
  });

  it('never holds a value impossible for its unit', () => {
    for (const r of returns) {
      if (r.value === null) continue;
      const ind = indicators.get(r.indicatorId)!;
      expect(Number.isFinite(r.value)).toBe(true);
      if (ind.unit !== 'number') expect(r.value).toBeGreaterThanOrEqual(0);
      if (ind.unit === 'percentage') expect(r.value).toBeLessThanOrEqual(100);
      if (ind.unit === 'count') expect(Number.isInteger(r.value)).toBe(true);
      if (r.numerator !== null && r.denominator !== null) {
        expect(r.numerator).toBeLessThanOrEqual(r.denominator);
        expect(r.value).toBeCloseTo((r.numerator / r.denominator) * 100, ind.decimals - 1);
      }
    }
  });

  it('separates duties and keeps the steps in time order, all before today', () => {
    for (const r of returns.filter((x) => x.state === 'authorised')) {
      expect(new Set([r.enteredBy, r.checkedBy, r.authorisedBy]).size).toBe(3);
      expect(r.enteredAt! <= r.checkedAt! && r.checkedAt! <= r.authorisedAt!).toBe(true);
      expect(r.authorisedAt!.slice(0, 10) < today).toBe(true);
    }
  });

  it('gives every checked or authorised off-target figure an action plan for that indicator', () => {
    let offTarget = 0;
    for (const r of returns) {
      if ((r.state !== 'checked' && r.state !== 'authorised') || r.value === null) continue;
      const ind = indicators.get(r.indicatorId)!;
      const rating = rateValue(
        { ...ind, value: r.value, target: targetFor(r) },
        { kind: 'four-level' },
      );
      if (!rating.offTarget) continue;
      offTarget += 1;
      const plan = plans.get(r.actionPlanId ?? '');
      expect(plan, `${ind.code} ${r.periodKey}`).toBeDefined();
      expect(plan?.indicatorId).toBe(r.indicatorId);
    }
    expect(offTarget).toBeGreaterThan(20);
  });

  it('has open plans for current trouble and closed ones for old trouble', () => {
    const all = [...plans.values()];
    expect(all.some((p) => p.status === 'open' && p.closedAt === null)).toBe(true);
    expect(all.some((p) => p.status === 'closed' && p.closedAt !== null)).toBe(true);
    for (const p of all) expect(() => parsePeriod(p.expectedRecovery)).not.toThrow();
  });

  it('flags six indicators persistently in Action: their last three figures all Action', () => {
    let persistent = 0;
    for (const ind of indicators.values()) {
      const rated = returns
        .filter((r) => r.indicatorId === ind.id && r.value !== null)
        .slice(-3)
        .map(
          (r) =>
            rateValue({ ...ind, value: r.value!, target: targetFor(r) }, { kind: 'four-level' })
              .state,
        );
      if (rated.length === 3 && rated.every((s) => s === 'action')) persistent += 1;
    }
    expect(persistent).toBeGreaterThanOrEqual(6);
  });

  it('includes some year-end forecasts on recent returns', () => {
    expect(returns.filter((r) => r.forecast !== null).length).toBeGreaterThanOrEqual(3);
  });
});

describe('demo returns on any day', () => {
  it('only cover ended periods and always show every state, a sent-back and a not-available return', () => {
    const day = fc
      .integer({ min: 0, max: 3 * 365 })
      .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 1000 }), (today, seed) => {
        const returns = itemsOf(buildDemoCouncil({ today, seed }), 'returns');
        for (const r of returns) expect(parsePeriod(r.periodKey).end < today).toBe(true);
        expect(new Set(returns.map((r) => r.state)).size).toBe(4);
        expect(returns.some((r) => r.sentBackReason !== null)).toBe(true);
        expect(returns.some((r) => r.notAvailableReason !== null && r.state !== 'authorised')).toBe(
          true,
        );
      }),
      { numRuns: 8 },
    );
  });
});
