import { describe, expect, it } from 'vitest';
import { persistentUnderPerformance } from './persistent.js';

describe('persistentUnderPerformance', () => {
  it('three Action periods running → true', () => {
    expect(persistentUnderPerformance(['good', 'action', 'action', 'action'], 3)).toBe(true);
  });

  it('a better period among the newest breaks the run', () => {
    expect(persistentUnderPerformance(['action', 'action', 'review', 'action'], 3)).toBe(false);
    expect(persistentUnderPerformance(['action', 'action', 'action', 'good'], 3)).toBe(false);
  });

  it('counts Red as Action for the RAG scheme', () => {
    expect(persistentUnderPerformance(['red', 'red'], 2)).toBe(true);
    expect(persistentUnderPerformance(['red', 'amber'], 2)).toBe(false);
  });

  it('skips states that are not ratings: not-due, missing, not-available and the like', () => {
    expect(
      persistentUnderPerformance(
        ['action', 'missing', 'action', 'not-due', 'action', 'not-due'],
        3,
      ),
    ).toBe(true);
    expect(
      persistentUnderPerformance(['action', 'not-available', 'action', 'no-target', 'action'], 3),
    ).toBe(true);
  });

  it('false with fewer rated periods than the run needs', () => {
    expect(persistentUnderPerformance(['action', 'action', 'missing', 'missing'], 3)).toBe(false);
    expect(persistentUnderPerformance([], 1)).toBe(false);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses runs = %s', (runs) => {
    expect(() => persistentUnderPerformance(['action'], runs)).toThrow(/^runs:/);
  });
});
