import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../model/types.js';
import {
  budgetPeriod,
  budgetQuarter,
  latestQuarterAsAt,
  linesForQuarter,
} from './budget-period.js';
import { rollUpBudget } from './roll-up.js';

function line(serviceId: string, periodKey: string, current: number, forecast: number): BudgetLine {
  return {
    serviceId,
    year: '2025/26',
    periodKey,
    originalBudgetPence: current,
    currentBudgetPence: current,
    actualToDatePence: Math.round(current / 2),
    forecastOutturnPence: forecast,
    commentary: '',
  };
}

const DIRECTORATE: Record<string, string> = { waste: 'place', parks: 'place', fees: 'resources' };

describe('rollUpBudget', () => {
  it('adds lines to services and services to directorates, re-judging the totals', () => {
    const lines = [
      line('waste', '2025/26 Q2', 500_000_000, 520_000_000), // +£200,000 (4%): Overspend
      line('parks', '2025/26 Q2', 300_000_000, 284_000_000), // −£160,000: Underspend
      line('fees', '2025/26 Q2', -100_000_000, -99_500_000), // +£5,000: On budget (floor)
    ];
    const [place, resources] = rollUpBudget(lines, (s) => DIRECTORATE[s] ?? null);
    expect(place).toMatchObject({
      directorateId: 'place',
      currentBudgetPence: 800_000_000,
      forecastOutturnPence: 804_000_000,
      actualToDatePence: 400_000_000,
      variancePence: 4_000_000,
      variancePercent: 0.5,
      words: 'On budget',
    });
    expect(place!.services.map((s) => [s.serviceId, s.words])).toEqual([
      ['waste', 'Overspend'],
      ['parks', 'Underspend'],
    ]);
    expect(resources).toMatchObject({ directorateId: 'resources', variancePence: 500_000 });
    expect(resources!.words).toBe('On budget');
  });

  it('puts a service the plan does not know under an empty directorate id', () => {
    const [only] = rollUpBudget([line('gone', '2025/26 Q1', 1, 1)], () => null);
    expect(only!.directorateId).toBe('');
  });
});

describe('budget periods', () => {
  it('accepts quarters and months, refuses half-years and years', () => {
    expect(budgetPeriod('2025/26 Q2')).toMatchObject({ kind: 'quarter', key: '2025/26 Q2' });
    expect(budgetPeriod('Sep 2025')).toMatchObject({ kind: 'month', key: '2025-09' });
    expect(budgetPeriod('2025/26 H1')).toMatch(/half-year/);
    expect(budgetPeriod('2025/26')).toMatch(/is a year/);
    expect(budgetPeriod('Q5')).toMatch(/not a period/);
  });

  it('names the parameter that is wrong', () => {
    expect(budgetQuarter('2025/26', '2').key).toBe('2025/26 Q2');
    expect(() => budgetQuarter('2025/27', '2')).toThrow(/year/);
    expect(() => budgetQuarter('2025/26', '5')).toThrow(/quarter: must be 1, 2, 3 or 4/);
  });

  it("a quarter's line is its quarterly one, else its latest month", () => {
    const q2 = budgetQuarter('2025/26', 2);
    const months = [
      line('a', '2025-07', 1, 1),
      line('a', '2025-09', 2, 2),
      line('a', '2025-08', 3, 3),
    ];
    expect(linesForQuarter(months, q2).map((l) => l.periodKey)).toEqual(['2025-09']);
    const both = [...months, line('a', '2025/26 Q2', 4, 4), line('a', '2025/26 Q3', 5, 5)];
    expect(linesForQuarter(both, q2).map((l) => l.periodKey)).toEqual(['2025/26 Q2']);
  });

  it('the latest quarter available is the latest one ended by the date', () => {
    const lines = [
      line('a', '2025/26 Q1', 1, 1),
      line('a', '2025/26 Q2', 1, 1),
      line('a', '2025-10', 1, 1),
    ];
    expect(latestQuarterAsAt(lines, '2025-09-29')?.key).toBe('2025/26 Q1');
    expect(latestQuarterAsAt(lines, '2025-09-30')?.key).toBe('2025/26 Q2');
    // October's line belongs to Q3, which has not ended by 31 December's eve.
    expect(latestQuarterAsAt(lines, '2025-12-30')?.key).toBe('2025/26 Q2');
    expect(latestQuarterAsAt(lines, '2025-12-31')?.key).toBe('2025/26 Q3');
    expect(latestQuarterAsAt(lines, '2025-06-29')).toBeNull();
    expect(latestQuarterAsAt(lines, '2026-06-30', '2024/25')).toBeNull();
  });
});
