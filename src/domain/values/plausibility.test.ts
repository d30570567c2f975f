import { describe, expect, it } from 'vitest';
import {
  plausibilityQuestion,
  plausibilityRatioProblem,
  plausibilityReason,
} from './plausibility.js';

const base = { unit: 'count' as const, decimals: 0 };

describe('plausibility', () => {
  it('asks about 432,100 against figures of about 45,000 (9.6 times: the old 10× rule let it by)', () => {
    const input = {
      ...base,
      value: 432100,
      recent: [44000, 46000, 45500, 44500],
      target: 45000,
    };
    expect(plausibilityReason(input)).toBe(
      '432,100 is 9.6 times the median of the last four figures, 45,000.',
    );
    expect(plausibilityQuestion(input)).toBe(
      'Is 432,100 right? 432,100 is 9.6 times the median of the last four figures, 45,000.',
    );
  });

  it('accepts a figure within three times either way of its history', () => {
    const recent = [380, 450, 410, 420];
    expect(plausibilityQuestion({ ...base, value: 1245, recent, target: 420 })).toBeNull();
    expect(plausibilityQuestion({ ...base, value: 145, recent, target: 420 })).toBeNull();
  });

  it('asks just beyond three times or under a third, and says how far in words', () => {
    const recent = [400, 400];
    expect(plausibilityReason({ ...base, value: 1201, recent, target: null })).toBe(
      '1,201 is 3 times the median of the last two figures, 400.',
    );
    expect(plausibilityReason({ ...base, value: 40, recent, target: null })).toBe(
      '40 is only 10% of the median of the last two figures, 400.',
    );
    expect(plausibilityReason({ ...base, value: 0, recent, target: null })).toBe(
      '0 is far below the median of the last two figures, 400.',
    );
  });

  it('compares only the last four figures, and needs two of them', () => {
    const recent = [5, 400, 410, 390, 420];
    expect(plausibilityQuestion({ ...base, value: 400, recent, target: null })).toBeNull();
    expect(plausibilityQuestion({ ...base, value: 5000, recent: [400], target: null })).toBeNull();
  });

  it('asks about a figure far from its target, either way, when its history does not', () => {
    expect(plausibilityQuestion({ ...base, value: 5000, recent: [], target: 420 })).toBe(
      'Is 5,000 right? 5,000 is 11.9 times the target, 420.',
    );
    expect(plausibilityReason({ ...base, value: 100, recent: [null], target: 420 })).toBe(
      '100 is only 24% of the target, 420.',
    );
    expect(plausibilityQuestion({ ...base, value: 1259, recent: [null], target: 420 })).toBeNull();
    // History in line with the figure, target far off: the target still asks.
    expect(plausibilityReason({ ...base, value: 2000, recent: [1900, 2100], target: 420 })).toBe(
      '2,000 is 4.8 times the target, 420.',
    );
  });

  it("uses the indicator's own ratio when it has one", () => {
    const recent = [100, 100, 100, 100];
    expect(plausibilityQuestion({ ...base, value: 250, recent, target: null })).toBeNull();
    expect(plausibilityReason({ ...base, value: 250, recent, target: null, ratio: 2 })).toBe(
      '250 is 2.5 times the median of the last four figures, 100.',
    );
    expect(
      plausibilityQuestion({ ...base, value: 900, recent, target: null, ratio: 10 }),
    ).toBeNull();
  });

  it('shows the figures in their unit', () => {
    expect(
      plausibilityReason({
        unit: 'currency',
        decimals: 0,
        value: 9000,
        recent: [1000, 1000],
        target: null,
      }),
    ).toBe('£9,000 is 9 times the median of the last two figures, £1,000.');
  });

  it('accepts a ratio that is a number greater than 1, and says why not otherwise', () => {
    expect(plausibilityRatioProblem(3)).toBeNull();
    expect(plausibilityRatioProblem(1.5)).toBeNull();
    expect(plausibilityRatioProblem(null)).toBeNull();
    expect(plausibilityRatioProblem(1)).toMatch(/more than 1/);
    expect(plausibilityRatioProblem(-2)).toMatch(/more than 1/);
    expect(plausibilityRatioProblem(Number.NaN)).toBe('must be a number');
    expect(plausibilityRatioProblem('3')).toBe('must be a number');
    expect(plausibilityRatioProblem(5000)).toMatch(/at most 1000/);
  });
});
