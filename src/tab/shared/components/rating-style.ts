// How each rating looks in the tab, read from the one rating palette (domain/ratings/palette.ts)
// that the cards and the reports read too. The tab follows Teams' theme (light, dark, high
// contrast), so it shows a rating's colour family through Fluent tokens rather than the palette's
// print hexes. The word is always shown (WCAG 1.4.1: colour is never the only cue).
import type { BadgeProps } from '@fluentui/react-components';
import { tokens } from '@fluentui/react-components';
import type { RatingState } from '../api/index.js';
import { RATING_LABELS } from '../../../domain/ratings/states.js';
import { RATING_PALETTE, ratingLook, type RatingLook } from '../../../domain/ratings/palette.js';

type BadgeLook = Pick<BadgeProps, 'color' | 'appearance'>;
type Key = `${RatingLook['family']}-${RatingLook['shade']}`;

const BADGE: Record<Key, BadgeLook> = {
  'success-full': { color: 'success', appearance: 'filled' },
  'success-light': { color: 'success', appearance: 'tint' },
  'warning-full': { color: 'warning', appearance: 'filled' },
  'warning-light': { color: 'warning', appearance: 'tint' },
  'danger-full': { color: 'danger', appearance: 'filled' },
  'danger-light': { color: 'danger', appearance: 'tint' },
  'severe-full': { color: 'severe', appearance: 'outline' },
  'severe-light': { color: 'severe', appearance: 'outline' },
  'provisional-full': { color: 'informative', appearance: 'tint' },
  'provisional-light': { color: 'informative', appearance: 'tint' },
  'neutral-full': { color: 'informative', appearance: 'outline' },
  'neutral-light': { color: 'informative', appearance: 'outline' },
};

/** Stripes, tile borders and count-card edges. */
const ACCENT: Record<Key, string> = {
  'success-full': tokens.colorPaletteGreenBorderActive,
  // Good is teal (palette.ts): its own hue beside Strong's green.
  'success-light': tokens.colorPaletteTealBorderActive,
  'warning-full': tokens.colorPaletteMarigoldBorderActive,
  'warning-light': tokens.colorPaletteMarigoldBorderActive,
  'danger-full': tokens.colorPaletteRedBorderActive,
  'danger-light': tokens.colorPaletteRedBorderActive,
  'severe-full': tokens.colorPaletteDarkOrangeBorderActive,
  'severe-light': tokens.colorPaletteDarkOrangeBorderActive,
  'provisional-full': tokens.colorNeutralStroke1,
  'provisional-light': tokens.colorNeutralStroke1,
  'neutral-full': tokens.colorNeutralStroke1,
  'neutral-light': tokens.colorNeutralStroke1,
};

/** Marks drawn on the page background: chart markers and their key. */
const INK: Record<Key, string> = {
  'success-full': tokens.colorPaletteGreenForeground1,
  'success-light': tokens.colorPaletteTealForeground2,
  'warning-full': tokens.colorPaletteMarigoldForeground1,
  'warning-light': tokens.colorPaletteMarigoldForeground1,
  'danger-full': tokens.colorPaletteRedForeground1,
  'danger-light': tokens.colorPaletteRedForeground1,
  'severe-full': tokens.colorPaletteDarkOrangeForeground1,
  'severe-light': tokens.colorPaletteDarkOrangeForeground1,
  'provisional-full': tokens.colorNeutralForeground2,
  'provisional-light': tokens.colorNeutralForeground2,
  'neutral-full': tokens.colorNeutralForeground2,
  'neutral-light': tokens.colorNeutralForeground2,
};

const keyOf = (state: string | null | undefined): Key => {
  const look = ratingLook(state as RatingState | null | undefined);
  return `${look.family}-${look.shade}`;
};

export const RATING_LOOK: Record<RatingState, BadgeLook> = Object.fromEntries(
  Object.keys(RATING_PALETTE).map((s) => [s, BADGE[keyOf(s)]]),
) as Record<RatingState, BadgeLook>;

/** The accent colour of a rating (a row's stripe, a count card's edge). */
export function accentOf(state: string | null | undefined): string {
  return ACCENT[keyOf(state)];
}

/** The colour of a rating's mark on the page (a chart marker). */
export function inkOf(state: string | null | undefined): string {
  return INK[keyOf(state)];
}

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
