// Which risk reasons weight an indicator in a quarter's draw, with worked examples.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../periods/index.js';
import { assignCheckers } from './assign-checkers.js';
import { riskReasons, type RiskFacts } from './risk.js';

const q2 = parsePeriod('2025/26 Q2'); // July–September 2025
const facts = (over: Partial<RiskFacts>): RiskFacts => ({
  quarter: q2,
  figures: [
    { end: '2025-03-31', value: 100 },
    { end: '2025-06-30', value: 110 },
    { end: '2025-09-30', value: 120 },
  ],
  procedureVersions: [{ version: 1, editedAt: '2024-01-10T09:00:00Z' }],
  findings: [],
  ...over,
});

describe('riskReasons', () => {
  it('none for a settled indicator with steady figures', () => {
    expect(riskReasons(facts({}))).toEqual([]);
  });

  it('new when it has no figure before the quarter', () => {
    expect(riskReasons(facts({ figures: [{ end: '2025-09-30', value: 5 }] }))).toEqual([
      'new-indicator',
    ]);
    expect(riskReasons(facts({ figures: [] }))).toEqual(['new-indicator']);
  });

  it('a procedure edited in the quarter or the one before, not earlier or later', () => {
    const edited = (at: string) =>
      riskReasons(facts({ procedureVersions: [{ version: 2, editedAt: at }] }));
    expect(edited('2025-04-01T08:00:00Z')).toEqual(['procedure-changed']);
    expect(edited('2025-09-30T22:30:00Z')).toEqual(['procedure-changed']); // 30/09 in London
    expect(edited('2025-03-31T10:00:00Z')).toEqual([]);
    expect(edited('2025-10-01T10:00:00Z')).toEqual([]);
  });

  it('a failed earlier spot check (figure or procedure wrong), not a minor issue or a later one', () => {
    const found = (periodKey: string, finding: RiskFacts['findings'][number]['finding']) =>
      riskReasons(facts({ findings: [{ periodKey, finding }] }));
    expect(found('2025/26 Q1', 'figure-wrong')).toEqual(['failed-check']);
    expect(found('2024/25 Q4', 'procedure-wrong')).toEqual(['failed-check']);
    expect(found('2025/26 Q1', 'minor-issue')).toEqual([]);
    expect(found('2025/26 Q2', 'figure-wrong')).toEqual([]);
    expect(found('2025/26 Q3', 'figure-wrong')).toEqual([]);
  });

  it('a large swing: the last two figures to the quarter differ by more than half', () => {
    const swing = (a: number, b: number) =>
      riskReasons(
        facts({
          figures: [
            { end: '2025-06-30', value: a },
            { end: '2025-09-30', value: b },
            { end: '2025-12-31', value: 1_000_000 }, // after the quarter: not read
          ],
        }),
      );
    expect(swing(100, 151)).toEqual(['large-swing']);
    expect(swing(100, 49)).toEqual(['large-swing']);
    expect(swing(100, 150)).toEqual([]);
    expect(swing(0, 3)).toEqual(['large-swing']);
    expect(swing(0, 0)).toEqual([]);
  });
});

describe('assignCheckers', () => {
  it('never an officer or delegate; spreads the load; prefers the first tier', () => {
    const needs = [
      { indicatorId: 'a', barred: new Set(['p1', 'p2']) },
      { indicatorId: 'b', barred: new Set(['p3']) },
      { indicatorId: 'c', barred: new Set(['admin1']) },
      { indicatorId: 'd', barred: new Set(['admin1', 'admin2']) },
      { indicatorId: 'e', barred: new Set(['admin1', 'admin2', 'p1', 'p2', 'p3']) },
    ];
    const tiers = [
      ['admin1', 'admin2'],
      ['p1', 'p2', 'p3'],
    ];
    const chosen = assignCheckers(needs, tiers, 'seed');
    expect(chosen).toEqual(assignCheckers(needs, tiers, 'seed'));
    chosen.forEach((id, i) => {
      if (id !== null) expect(needs[i]!.barred.has(id)).toBe(false);
    });
    expect(chosen[2]).toBe('admin2');
    expect(['p1', 'p2', 'p3']).toContain(chosen[3]);
    expect(chosen[4]).toBeNull();
    // a and b go to different members of the performance team.
    expect(new Set([chosen[0], chosen[1]]).size).toBe(2);
  });
});
