// A figure far from an indicator's own history or its target is usually a typing slip (a target of
// 45,000 met with 432,100). It is questioned, and saved only when the officer confirms (issue 14,
// "A sharper plausibility question"). Rule, with R the indicator's plausibility ratio or the
// council's (3): a figure more than R times, or under 1/R of, the median of its last four figures
// (when there are at least two) is questioned; so is one more than R times, or under 1/R of, the
// target. The question says which, in words, with the figure it was compared with (no brackets:
// cards escape them for Markdown). Impossible
// figures (a percentage over 100, a negative count) are not questions but errors: validate-value.
import type { UnitKind } from '../model/types.js';
import { formatValue } from './format-value.js';

/** The council's ratio when it has set none (CouncilSettings.plausibilityRatio). */
export const DEFAULT_PLAUSIBILITY_RATIO = 3;
/** Beyond this a ratio would never ask anything: a setting that large is a slip too. */
export const MAX_PLAUSIBILITY_RATIO = 1000;

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

const ratioFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Why a plausibility ratio cannot be used, or null when it can (a number greater than 1). */
export function plausibilityRatioProblem(ratio: unknown): string | null {
  if (ratio === null || ratio === undefined) return null;
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) return 'must be a number';
  if (ratio <= 1) return 'must be more than 1 (3 means more than 3 times or under a third)';
  if (ratio > MAX_PLAUSIBILITY_RATIO) return `must be at most ${MAX_PLAUSIBILITY_RATIO}`;
  return null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How `value` stands against `reference`, in words, or null when within the ratio. */
function departure(value: number, reference: number, ratio: number): string | null {
  if (reference <= 0) return null;
  if (value > reference * ratio) return `${ratioFormat.format(value / reference)} times`;
  if (value < reference / ratio) {
    return value <= 0 ? 'far below' : `only ${percentFormat.format((value / reference) * 100)}% of`;
  }
  return null;
}

export interface PlausibilityInput {
  value: number;
  /** Recent figures, newest last (nulls ignored); the last four are compared. */
  recent: readonly (number | null)[];
  target: number | null;
  unit: UnitKind;
  decimals: number;
  /** The indicator's ratio, else the council's; absent means DEFAULT_PLAUSIBILITY_RATIO. */
  ratio?: number | null;
}

/**
 * Why the figure looks implausible, as a sentence ("432,100 is 9.6 times the median of the last
 * four figures, 45,000."), or null when it looks plausible. History is preferred to the target.
 */
export function plausibilityReason(input: PlausibilityInput): string | null {
  const ratio = input.ratio ?? DEFAULT_PLAUSIBILITY_RATIO;
  const show = (v: number) => formatValue(v, input.unit, input.decimals);
  const value = Math.abs(input.value);
  const recent = input.recent.filter((v): v is number => v !== null).slice(-4);
  if (recent.length >= 2) {
    const mid = median(recent.map(Math.abs));
    const words = departure(value, mid, ratio);
    const count = NUMBER_WORDS[recent.length] ?? String(recent.length);
    if (words)
      return `${show(input.value)} is ${words} the median of the last ${count} figures, ${show(mid)}.`;
  }
  if (input.target !== null && input.target > 0) {
    const words = departure(value, input.target, ratio);
    if (words) return `${show(input.value)} is ${words} the target, ${show(input.target)}.`;
  }
  return null;
}

/** The question to put to the officer, or null when the figure looks plausible. */
export function plausibilityQuestion(input: PlausibilityInput): string | null {
  const reason = plausibilityReason(input);
  return reason && `Is ${formatValue(input.value, input.unit, input.decimals)} right? ${reason}`;
}
