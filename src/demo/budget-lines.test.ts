// The demo's budget lines follow its clock: built on two days a year apart, the years move with
// them, so no test here depends on the day it runs.
import { describe, expect, it } from 'vitest';
import { latestQuarterAsAt, linesForQuarter, rollUpBudget } from '../domain/budget/index.js';
import { budgetQuarter } from '../domain/budget/index.js';
import { itemsOf } from '../../test/support/demo-items.js';
import { buildDemoCouncil } from './index.js';

describe.each([
  ['2026-11-23', '2025/26', '2026/27', 3, '2026/27 Q2'],
  ['2025-05-02', '2024/25', '2025/26', 1, '2024/25 Q4'],
])('budget lines of the demo built on %s', (today, last, current, begun, latest) => {
  const council = buildDemoCouncil({ today });
  const lines = itemsOf(council, 'budgetLines');
  const services = itemsOf(council, 'services');

  it('give every service four quarters last year and each quarter begun this year', () => {
    for (const service of services) {
      const own = lines.filter((l) => l.serviceId === service.id);
      expect(own.filter((l) => l.year === last).map((l) => l.periodKey)).toEqual(
        [1, 2, 3, 4].map((q) => `${last} Q${q}`),
      );
      expect(own.filter((l) => l.year === current)).toHaveLength(begun);
    }
    expect(lines).toHaveLength(services.length * (4 + begun));
  });

  it('hold whole pence only', () => {
    for (const l of lines) {
      for (const amount of [
        l.originalBudgetPence,
        l.currentBudgetPence,
        l.actualToDatePence,
        l.forecastOutturnPence,
      ])
        expect(Number.isSafeInteger(amount)).toBe(true);
    }
  });

  it('make the latest quarter ended by today available', () => {
    expect(latestQuarterAsAt(lines, today)?.key).toBe(latest);
  });

  it('show a couple of overspends at the year end last year and this year so far', () => {
    const directorateOf = (id: string) => services.find((s) => s.id === id)?.directorateId ?? null;
    const named = (periodKey: string) => {
      const [year, q] = periodKey.split(' Q');
      const quarter = linesForQuarter(lines, budgetQuarter(year!, q!));
      return rollUpBudget(quarter, directorateOf)
        .flatMap((d) => d.services)
        .filter((s) => s.words === 'Overspend')
        .map((s) => services.find((x) => x.id === s.serviceId)?.name);
    };
    expect(named(`${last} Q4`)).toEqual(['Leisure and Communities']);
    if (begun >= 2) {
      expect(named(`${current} Q2`).sort()).toEqual([
        'Housing and Homelessness',
        'Waste and Recycling',
      ]);
    }
  });
});
