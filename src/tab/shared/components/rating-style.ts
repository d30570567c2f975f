// How each rating looks. The word is always shown (WCAG 1.4.1: colour is never the only cue);
// colour follows the Derbyshire scheme's convention (Strong/Good green, Review amber, Action red).
import type { BadgeProps } from '@fluentui/react-components';
import type { RatingState } from '../api/index.js';
import { RATING_LABELS } from '../../../domain/ratings/states.js';

type BadgeLook = Pick<BadgeProps, 'color' | 'appearance'>;

export const RATING_LOOK: Record<RatingState, BadgeLook> = {
  strong: { color: 'success', appearance: 'filled' },
  good: { color: 'success', appearance: 'tint' },
  green: { color: 'success', appearance: 'filled' },
  review: { color: 'warning', appearance: 'filled' },
  amber: { color: 'warning', appearance: 'filled' },
  action: { color: 'danger', appearance: 'filled' },
  red: { color: 'danger', appearance: 'filled' },
  missing: { color: 'severe', appearance: 'outline' },
  'not-available': { color: 'informative', appearance: 'outline' },
  'no-target': { color: 'informative', appearance: 'outline' },
  'not-due': { color: 'informative', appearance: 'outline' },
  context: { color: 'informative', appearance: 'outline' },
  'not-rated': { color: 'informative', appearance: 'outline' },
  provisional: { color: 'informative', appearance: 'tint' },
};

/** The order count cards and table columns appear in: the scheme's levels best first, then the rest. */
export const RATING_ORDER: RatingState[] = [
  'strong',
  'good',
  'green',
  'review',
  'amber',
  'action',
  'red',
  'provisional',
  'missing',
  'not-available',
  'no-target',
  'not-due',
  'context',
  'not-rated',
];

/** The rating names the cards and reports use too (one list, in the domain). */
export const RATING_NAMES: Readonly<Record<RatingState, string>> = RATING_LABELS;
