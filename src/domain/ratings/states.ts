import type { RatingLevel, RatingSchemeConfig, RatingState } from '../model/types.js';

/** Display labels, en-GB, as shown on cards, the tab and reports. */
export const RATING_LABELS: Record<RatingState, string> = {
  strong: 'Strong',
  good: 'Good',
  review: 'Review',
  action: 'Action',
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  'no-target': 'No target',
  'not-due': 'Not due',
  missing: 'Missing',
  'not-available': 'Not available',
  context: 'Context only',
  'not-rated': 'Not rated',
  provisional: 'Provisional',
};

const FOUR_LEVELS: readonly RatingLevel[] = ['strong', 'good', 'review', 'action'];
const RAG_LEVELS: readonly RatingLevel[] = ['green', 'amber', 'red'];

/** The levels of a scheme, best first. */
export function levelsOf(scheme: RatingSchemeConfig): RatingLevel[] {
  return [...(scheme.kind === 'rag' ? RAG_LEVELS : FOUR_LEVELS)];
}

/** Below target: the levels that need a checker's Action Plan (DESIGN.md, Rules). */
export function isOffTarget(state: RatingState): boolean {
  return state === 'review' || state === 'action' || state === 'amber' || state === 'red';
}

/** What reporting by exception leads with: off-target figures and returns past due with none. */
export function isException(state: RatingState): boolean {
  return isOffTarget(state) || state === 'missing';
}

/**
 * Sort key for exceptions, highest first:
 *   4 action, red  — more than the tolerated shortfall
 *   3 review, amber
 *   2 missing      — past its due date with no figure
 *   1 not-available — the officer said there is no figure, so nobody is chasing it
 *   0 everything else (strong, good, green, no-target, not-due, context, not-rated)
 */
export function severity(state: RatingState): number {
  switch (state) {
    case 'action':
    case 'red':
      return 4;
    case 'review':
    case 'amber':
      return 3;
    case 'missing':
      return 2;
    case 'not-available':
      return 1;
    default:
      return 0;
  }
}
