import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { rateReturn, rateValue, type RateInput, type ReturnRatingInput } from './rate-value.js';

const FOUR = { kind: 'four-level' } as const;
const BASE: RateInput = {
  value: 80,
  target: 80,
  polarity: 'higher',
  unit: 'percentage',
  decimals: 1,
  contextOnly: false,
};

describe('rateValue: when there is no rating', () => {
  it('context-only indicators are reported as context, even without a polarity', () => {
    expect(rateValue({ ...BASE, contextOnly: true }, FOUR)).toEqual({
      state: 'context',
      relativeDifference: null,
      offTarget: false,
    });
    expect(rateValue({ ...BASE, contextOnly: true, polarity: 'none' }, FOUR).state).toBe('context');
  });

  it('no polarity → not rated', () => {
    expect(rateValue({ ...BASE, polarity: 'none', value: 10 }, FOUR).state).toBe('not-rated');
  });

  it('no target → no-target', () => {
    expect(rateValue({ ...BASE, target: null, value: 10 }, FOUR)).toEqual({
      state: 'no-target',
      relativeDifference: null,
      offTarget: false,
    });
  });

  it.each([
    [{ value: Number.NaN }, 'value'],
    [{ target: Number.POSITIVE_INFINITY }, 'target'],
    [{ decimals: -1 }, 'decimals'],
    [{ decimals: 1.5 }, 'decimals'],
    [{ decimals: 11 }, 'decimals'],
  ])('refuses bad input %o, naming the field', (over, field) => {
    expect(() => rateValue({ ...BASE, ...over }, FOUR)).toThrow(ValidationError);
    expect(() => rateValue({ ...BASE, ...over }, FOUR)).toThrow(new RegExp(`^${field}:`));
  });
});

describe('rateReturn', () => {
  const base: ReturnRatingInput = {
    ...BASE,
    value: null,
    notAvailable: false,
    dueDate: '2025-05-15',
    today: '2025-05-15',
  };

  it('with a value, rates it as rateValue does', () => {
    const result = rateReturn({ ...base, value: 70 }, FOUR);
    expect(result.state).toBe('action');
    expect(result.offTarget).toBe(true);
    expect(result.relativeDifference).toBeCloseTo(-0.125, 12);
  });

  it('a figure wins over a stale not-available flag', () => {
    expect(rateReturn({ ...base, value: 85, notAvailable: true }, FOUR).state).toBe('strong');
  });

  it('no value, officer said not available → not-available, even when overdue', () => {
    expect(rateReturn({ ...base, notAvailable: true, today: '2025-06-01' }, FOUR).state).toBe(
      'not-available',
    );
  });

  it('no value on the due date itself → not-due; the day after → missing', () => {
    expect(rateReturn(base, FOUR).state).toBe('not-due');
    expect(rateReturn({ ...base, today: '2025-05-16' }, FOUR)).toEqual({
      state: 'missing',
      relativeDifference: null,
      offTarget: false,
    });
    expect(rateReturn({ ...base, today: '2025-04-30' }, FOUR).state).toBe('not-due');
  });

  it('compares dates across a year end', () => {
    expect(rateReturn({ ...base, dueDate: '2025-12-31', today: '2026-01-01' }, FOUR).state).toBe(
      'missing',
    );
  });

  it.each([
    [{ dueDate: '15/05/2025' }, 'dueDate'],
    [{ today: '2025-5-1' }, 'today'],
  ])('refuses a date not in YYYY-MM-DD: %o', (over, field) => {
    expect(() => rateReturn({ ...base, ...over }, FOUR)).toThrow(new RegExp(`^${field}:`));
  });
});
