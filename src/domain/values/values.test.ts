import { describe, expect, it } from 'vitest';
import { assertPossibleValue, formatValue, impossibleForUnit, roundTo } from './index.js';
import { ValidationError } from '../errors/errors.js';

describe('impossible values for a unit', () => {
  it('refuses a percentage of 140 and a negative count, naming the field', () => {
    expect(impossibleForUnit(140, 'percentage')).toMatch(/between 0 and 100/);
    expect(() => assertPossibleValue(-3, 'count', 'value')).toThrowError(ValidationError);
    try {
      assertPossibleValue(-3, 'count', 'value');
    } catch (e) {
      expect((e as ValidationError).problems[0]?.field).toBe('value');
    }
  });
  it('accepts boundary values and refuses fractions of a count and non-finite numbers', () => {
    expect(impossibleForUnit(0, 'percentage')).toBeNull();
    expect(impossibleForUnit(100, 'percentage')).toBeNull();
    expect(impossibleForUnit(2.5, 'count')).toMatch(/whole/);
    expect(impossibleForUnit(Number.NaN, 'number')).toMatch(/finite/);
    expect(impossibleForUnit(Infinity, 'days')).toMatch(/finite/);
    expect(impossibleForUnit(-4, 'number')).toBeNull();
    expect(impossibleForUnit(-1, 'days')).toMatch(/days/);
    expect(impossibleForUnit(-1, 'currency')).toMatch(/money/);
    expect(impossibleForUnit(-1, 'rate')).toMatch(/rate/);
  });
});

describe('rounding and formatting', () => {
  it('rounds half away from zero at the indicator decimals', () => {
    expect(roundTo(78.45, 1)).toBe(78.5);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });
  it('formats en-GB with the unit', () => {
    expect(formatValue(73390, 'count', 0)).toBe('73,390');
    expect(formatValue(97.456, 'percentage', 1)).toBe('97.5%');
    expect(formatValue(3400, 'currency', 0)).toBe('£3,400');
    expect(formatValue(-5, 'currency', 0)).toBe('-£5');
    expect(formatValue(12.25, 'days', 1)).toBe('12.3 days');
    expect(formatValue(null, 'count', 0)).toBe('–');
  });
});
