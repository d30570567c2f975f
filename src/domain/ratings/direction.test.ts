import { describe, expect, it } from 'vitest';
import { directionOfTravel } from './direction.js';

describe('directionOfTravel', () => {
  it('higher is better: up is improving, down is worsening', () => {
    expect(directionOfTravel(82.5, 80.1, 'higher', 1)).toBe('improving');
    expect(directionOfTravel(79.9, 80.1, 'higher', 1)).toBe('worsening');
  });

  it('lower is better: down is improving', () => {
    expect(directionOfTravel(9, 11, 'lower', 0)).toBe('improving');
    expect(directionOfTravel(12, 11, 'lower', 0)).toBe('worsening');
  });

  it('compares at the decimal places shown', () => {
    expect(directionOfTravel(71.04, 71.01, 'higher', 1)).toBe('no-change'); // both 71.0
    expect(directionOfTravel(71.04, 71.01, 'higher', 2)).toBe('improving');
    expect(directionOfTravel(71.05, 71.01, 'higher', 1)).toBe('improving'); // 71.1 vs 71.0
  });

  it('is not comparable without both figures or without a polarity', () => {
    expect(directionOfTravel(null, 5, 'higher', 0)).toBe('not-comparable');
    expect(directionOfTravel(5, null, 'lower', 0)).toBe('not-comparable');
    expect(directionOfTravel(6, 5, 'none', 0)).toBe('not-comparable');
  });

  it('refuses bad input, naming the field', () => {
    expect(() => directionOfTravel(Number.NaN, 5, 'higher', 0)).toThrow(/^current:/);
    expect(() => directionOfTravel(5, Number.POSITIVE_INFINITY, 'higher', 0)).toThrow(/^previous:/);
    expect(() => directionOfTravel(5, 4, 'higher', -2)).toThrow(/^decimals:/);
  });
});
