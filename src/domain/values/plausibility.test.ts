import { describe, expect, it } from 'vitest';
import { plausibilityQuestion } from './plausibility.js';

const base = { unit: 'count' as const, decimals: 0, frequency: 'quarterly' as const };

describe('plausibility', () => {
  it('questions 73,390 against a history of 380–450, in the words of the bot issue', () => {
    expect(
      plausibilityQuestion({ ...base, value: 73390, recent: [380, 450, 410, 420], target: 420 }),
    ).toBe('Is 73,390 right? The last four quarters were 380–450.');
  });
  it('accepts a figure in line with history', () => {
    expect(
      plausibilityQuestion({ ...base, value: 470, recent: [380, 450, 410, 420], target: 420 }),
    ).toBeNull();
  });
  it('questions a tenth of the usual figure', () => {
    expect(plausibilityQuestion({ ...base, value: 40, recent: [400, 410], target: null })).toMatch(
      /Is 40 right/,
    );
  });
  it('questions ten times the target when there is no history', () => {
    expect(plausibilityQuestion({ ...base, value: 5000, recent: [], target: 420 })).toBe(
      'Is 5,000 right? The target is 420.',
    );
    expect(plausibilityQuestion({ ...base, value: 4199, recent: [null], target: 420 })).toBeNull();
  });
});
