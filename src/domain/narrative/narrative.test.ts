import { describe, expect, it } from 'vitest';
import { changeShareOfTarget, narrativeSummary } from './narrative.js';
import type { NarrativeIndicator, NarrativeInput } from './types.js';

const FOUR = [
  { level: 'strong', label: 'Strong' },
  { level: 'good', label: 'Good' },
  { level: 'review', label: 'Review' },
  { level: 'action', label: 'Action' },
] as NarrativeInput['levels'];

function ind(over: Partial<NarrativeIndicator> & { code: string }): NarrativeIndicator {
  return {
    title: `Indicator ${over.code}`,
    unit: 'percentage',
    decimals: 0,
    polarity: 'higher',
    value: null,
    lastYearValue: null,
    target: null,
    rating: 'not-due',
    previousRating: null,
    vsPrevious: 'not-comparable',
    vsLastYear: 'not-comparable',
    persistent: false,
    provisional: false,
    priorities: [],
    ...over,
  };
}

const input = (indicators: NarrativeIndicator[], over: Partial<NarrativeInput> = {}) => ({
  indicators,
  priorityOrder: ['Housing', 'Environment'],
  levels: FOUR,
  persistentRuns: 3,
  provisionalCounted: false,
  ...over,
});

describe('narrativeSummary', () => {
  it('says nothing when there are no indicators', () => {
    expect(narrativeSummary(input([]))).toEqual([]);
  });

  it('counts directions against both periods, leaving out a count of nought', () => {
    const s = narrativeSummary(
      input([
        ind({ code: 'A1', vsPrevious: 'improving', vsLastYear: 'worsening' }),
        ind({ code: 'A2', vsPrevious: 'improving', vsLastYear: 'worsening' }),
        ind({ code: 'A3', vsPrevious: 'worsening', vsLastYear: 'worsening' }),
        ind({ code: 'A4', vsPrevious: 'no-change', vsLastYear: 'not-comparable' }),
      ]),
    );
    expect(s).toEqual([
      'Against the previous period, 2 indicators improved, 1 worsened and 1 was unchanged.',
      'Against the same period last year, 3 indicators worsened.',
    ]);
  });

  it('uses the singular for one indicator', () => {
    const s = narrativeSummary(input([ind({ code: 'A1', vsPrevious: 'worsening' })]));
    expect(s[0]).toBe('Against the previous period, 1 indicator worsened.');
    expect(s[1]).toBe('No figure can yet be compared with the same period last year.');
  });

  it('calls a lower-is-better figure that rose "worsened", and ranks it by share of target', () => {
    // A year apart: days to relet 20 → 26 against a target of 20 days is 30% of the target, and
    // worse; satisfaction 70% → 75% against 80% is 6.25% of the target, and better.
    const relet = ind({
      code: 'H2',
      title: 'Days to relet a home',
      unit: 'days',
      polarity: 'lower',
      value: 26,
      lastYearValue: 20,
      target: 20,
      rating: 'action',
      previousRating: 'good',
      vsLastYear: 'worsening',
      priorities: ['Housing'],
    });
    const satisfied = ind({
      code: 'H1',
      title: 'Tenants satisfied',
      value: 75,
      lastYearValue: 70,
      target: 80,
      rating: 'review',
      previousRating: 'action',
      vsLastYear: 'improving',
      priorities: ['Housing'],
    });
    expect(changeShareOfTarget(relet)).toBeCloseTo(0.3);
    const s = narrativeSummary(input([satisfied, relet]));
    expect(s).toContain(
      'The largest changes against the same period last year, as a share of each target: ' +
        'H2 Days to relet a home worsened from 20 days to 26 days (30.0% of its target); ' +
        'H1 Tenants satisfied improved from 70% to 75% (6.3% of its target).',
    );
    expect(s).toContain(
      'Among indicators rated in both periods, ratings changed in 1 priority since the previous period: ' +
        // Action held at 1 (H2 came in as H1 left), so it is not named.
        'Housing (Good from 1 to 0, Review from 0 to 1).',
    );
  });

  it('names priorities whose counts moved, in plan order, and not those that held', () => {
    const s = narrativeSummary(
      input([
        ind({ code: 'E1', rating: 'good', previousRating: 'action', priorities: ['Environment'] }),
        ind({ code: 'E2', rating: 'action', previousRating: 'good', priorities: ['Environment'] }),
        ind({ code: 'H1', rating: 'strong', previousRating: 'good', priorities: ['Housing'] }),
      ]),
    );
    // Environment swapped a Good for an Action: its counts did not change, so it is not named.
    expect(s).toContain(
      'Among indicators rated in both periods, ratings changed in 1 priority since the previous period: Housing (Strong from 0 to 1, Good from 1 to 0).',
    );
  });

  it('counts only indicators rated in both periods, so a figure not yet in is not a lost Good', () => {
    const s = narrativeSummary(
      input([
        ind({ code: 'H1', rating: 'provisional', previousRating: 'good', priorities: ['Housing'] }),
        ind({ code: 'H2', rating: 'missing', previousRating: 'good', priorities: ['Housing'] }),
        ind({ code: 'H3', rating: 'good', previousRating: 'not-due', priorities: ['Housing'] }),
      ]),
    );
    expect(s.some((x) => x.includes('ratings changed'))).toBe(false);
  });

  it('names the three priorities that moved most, in plan order, and counts the rest', () => {
    const order = ['P1', 'P2', 'P3', 'P4', 'P5'];
    // P1 and P5 move one indicator; P2, P3 and P4 move two.
    const moves = { P1: 1, P2: 2, P3: 2, P4: 2, P5: 1 } as Record<string, number>;
    const list = order.flatMap((p) =>
      Array.from({ length: moves[p]! }, (_, k) =>
        ind({ code: `${p}-${k}`, rating: 'good', previousRating: 'review', priorities: [p] }),
      ),
    );
    const s = narrativeSummary(input(list, { priorityOrder: order }));
    expect(s).toContain(
      'Among indicators rated in both periods, ratings changed in 5 priorities since the previous period: ' +
        'P2 (Good from 0 to 2, Review from 2 to 0); P3 (Good from 0 to 2, Review from 2 to 0); ' +
        'P4 (Good from 0 to 2, Review from 2 to 0); and 2 other priorities.',
    );
  });

  it('counts provisional figures without listing them when there are more than eight', () => {
    const list = Array.from({ length: 9 }, (_, k) => ind({ code: `P${k}`, provisional: true }));
    expect(narrativeSummary(input(list)).at(-1)).toBe(
      '9 figures are provisional (entered, not yet authorised), so not rated or counted.',
    );
  });

  it('says no comparison can be made when there is no previous period and no last year', () => {
    const s = narrativeSummary(
      input([
        ind({ code: 'A1', value: 50, target: 40, rating: 'strong' }),
        ind({ code: 'A2', value: 10, target: 40, rating: 'action', priorities: ['Housing'] }),
      ]),
    );
    // No previous ratings: no priority can have moved, and nothing is ranked.
    expect(s).toEqual([
      'No figure can yet be compared with the previous period or the same period last year.',
    ]);
  });

  it('compares with last year when the previous period is missing', () => {
    const s = narrativeSummary(
      input([
        ind({ code: 'A1', vsLastYear: 'improving' }),
        ind({ code: 'A2', vsLastYear: 'no-change' }),
      ]),
    );
    expect(s).toEqual([
      'No figure can yet be compared with the previous period.',
      'Against the same period last year, 1 indicator improved and 1 was unchanged.',
    ]);
  });

  it('names every provisional figure, and says they are not counted', () => {
    const s = narrativeSummary(
      input([
        ind({ code: 'P2', title: 'Fly-tips cleared', provisional: true, rating: 'provisional' }),
        ind({ code: 'P1', title: 'Potholes filled', provisional: true, rating: 'provisional' }),
      ]),
    );
    expect(s).toEqual([
      'No figure can yet be compared with the previous period or the same period last year.',
      '2 figures are provisional (entered, not yet authorised), so not rated or counted: ' +
        'P1 Potholes filled and P2 Fly-tips cleared.',
    ]);
  });

  it('says provisional figures are counted when the view counts them, by code beyond three', () => {
    const list = ['P1', 'P2', 'P3', 'P4'].map((code) => ind({ code, provisional: true }));
    const s = narrativeSummary(input(list, { provisionalCounted: true }));
    expect(s.at(-1)).toBe(
      '4 figures are provisional (entered, not yet authorised), but counted in this view: ' +
        'P1, P2, P3 and P4.',
    );
  });

  it('names persistent under-performance with the scheme’s worst level and the run', () => {
    const s = narrativeSummary(
      input([ind({ code: 'R1', title: 'Recycling rate', persistent: true, rating: 'red' })], {
        levels: [
          { level: 'green', label: 'Green' },
          { level: 'amber', label: 'Amber' },
          { level: 'red', label: 'Red' },
        ],
        persistentRuns: 4,
      }),
    );
    expect(s).toContain('1 indicator has been rated Red for 4 periods running: R1 Recycling rate.');
  });

  it('ranks only changes the direction of travel counts, and only against a target', () => {
    const unchanged = ind({
      code: 'U1',
      value: 10.04,
      lastYearValue: 10.01,
      target: 1,
      vsLastYear: 'no-change',
    });
    const noTarget = ind({ code: 'U2', value: 30, lastYearValue: 10, vsLastYear: 'improving' });
    const zeroTarget = ind({
      code: 'U3',
      value: 3,
      lastYearValue: 1,
      target: 0,
      vsLastYear: 'worsening',
      polarity: 'lower',
    });
    expect([unchanged, noTarget, zeroTarget].map(changeShareOfTarget)).toEqual([null, null, null]);
    const s = narrativeSummary(input([unchanged, noTarget, zeroTarget]));
    expect(s.some((x) => x.includes('largest'))).toBe(false);
  });

  it('writes £000 figures out in full through the one formatter', () => {
    const s = narrativeSummary(
      input([
        ind({
          code: 'F1',
          title: 'Savings delivered (£000)',
          unit: 'currency',
          value: 292,
          lastYearValue: 250,
          target: 300,
          vsLastYear: 'improving',
        }),
      ]),
    );
    expect(s.at(-1)).toBe(
      'The largest change against the same period last year: F1 Savings delivered (£000) improved from £250,000 to £292,000 (14.0% of its target).',
    );
  });
});

describe('narrativeSummary on the year (the annual report)', () => {
  it('compares with last year once, and ranks and moves against last year', () => {
    const s = narrativeSummary(
      input(
        [
          ind({
            code: 'Y1',
            title: 'Homes built',
            unit: 'count',
            value: 410,
            lastYearValue: 380,
            target: 400,
            rating: 'good',
            previousRating: 'review',
            vsLastYear: 'improving',
            priorities: ['Housing'],
          }),
          // On the year, vsPrevious is not read: last year is the previous period.
          ind({ code: 'Y2', vsPrevious: 'improving', vsLastYear: 'worsening' }),
        ],
        { comparedWith: 'years' },
      ),
    );
    expect(s).toEqual([
      'Against last year, 1 indicator improved and 1 worsened.',
      'Among indicators rated in both years, ratings changed in 1 priority since last year: Housing (Good from 0 to 1, Review from 1 to 0).',
      'The largest change against last year: Y1 Homes built improved from 380 to 410 (7.5% of its target).',
    ]);
  });

  it('says when nothing can be compared with last year', () => {
    expect(narrativeSummary(input([ind({ code: 'Y1' })], { comparedWith: 'years' }))).toEqual([
      'No figure can yet be compared with last year.',
    ]);
  });
});
