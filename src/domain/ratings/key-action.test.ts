import { describe, expect, it } from 'vitest';
import type { ActionOutcome, ActionStatus, RatingLevel } from '../model/types.js';
import { keyActionRating } from './key-action.js';

describe('keyActionRating (Derbyshire key actions column)', () => {
  it.each<[ActionStatus, ActionOutcome, RatingLevel]>([
    ['complete', 'exceeding', 'strong'],
    ['on-track', 'exceeding', 'strong'],
    ['complete', 'as-expected', 'good'],
    ['on-track', 'as-expected', 'good'],
    ['on-track', 'below', 'good'],
    ['complete', 'below', 'review'],
    ['not-started', 'as-expected', 'good'],
    ['not-started', 'exceeding', 'strong'],
    ['not-started', 'below', 'good'],
    ['some-risk', 'exceeding', 'review'],
    ['some-risk', 'below', 'review'],
    ['unlikely', 'exceeding', 'action'],
    ['unlikely', 'as-expected', 'action'],
  ])('%s with outcomes %s → %s', (status, outcome, level) => {
    expect(keyActionRating(status, outcome)).toBe(level);
  });
});
