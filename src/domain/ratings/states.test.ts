import { describe, expect, it } from 'vitest';
import type { RatingState } from '../model/types.js';
import { isException, isOffTarget, levelsOf, RATING_LABELS, severity } from './states.js';

const ALL: RatingState[] = [
  'strong',
  'good',
  'review',
  'action',
  'green',
  'amber',
  'red',
  'no-target',
  'not-due',
  'missing',
  'not-available',
  'context',
  'not-rated',
  'provisional',
];

describe('rating states', () => {
  it('off target: review, action, amber, red only', () => {
    expect(ALL.filter(isOffTarget)).toEqual(['review', 'action', 'amber', 'red']);
  });

  it('exceptions: off target or missing', () => {
    expect(ALL.filter(isException)).toEqual(['review', 'action', 'amber', 'red', 'missing']);
  });

  it('severity orders action/red, then review/amber, missing, not-available, then the rest', () => {
    const sorted = [...ALL].sort((a, b) => severity(b) - severity(a));
    expect(sorted.slice(0, 6)).toEqual([
      'action',
      'red',
      'review',
      'amber',
      'missing',
      'not-available',
    ]);
    expect(severity('action')).toBe(severity('red'));
    expect(severity('review')).toBe(severity('amber'));
    expect(severity('review')).toBeGreaterThan(severity('missing'));
    expect(severity('not-available')).toBeGreaterThan(severity('good'));
    expect(new Set(sorted.slice(6).map(severity))).toEqual(new Set([0]));
  });

  it('labels every state in plain English', () => {
    expect(RATING_LABELS.strong).toBe('Strong');
    expect(RATING_LABELS['no-target']).toBe('No target');
    expect(RATING_LABELS['not-available']).toBe('Not available');
    expect(RATING_LABELS.context).toBe('Context only');
    expect(Object.keys(RATING_LABELS).sort()).toEqual([...ALL].sort());
  });

  it('lists the levels of each scheme, best first', () => {
    expect(levelsOf({ kind: 'four-level' })).toEqual(['strong', 'good', 'review', 'action']);
    expect(levelsOf({ kind: 'rag', greenTolerance: 0, amberTolerance: 0.05 })).toEqual([
      'green',
      'amber',
      'red',
    ]);
  });

  it('returns a fresh array, so callers cannot change the scheme', () => {
    const levels = levelsOf({ kind: 'four-level' });
    levels.pop();
    expect(levelsOf({ kind: 'four-level' })).toHaveLength(4);
  });
});
