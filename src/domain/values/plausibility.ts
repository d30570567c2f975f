// A figure far outside an indicator's history is usually a typing slip (a target of 420 met with
// 73,390). It is questioned, and saved only when the officer confirms (bot issue, "Plausibility").
// Rule: with at least two recent figures, a value ten or more times the median of the recent figures
// (or a tenth or less of it) is questioned; so is a value ten or more times the target.
import type { Frequency, UnitKind } from '../model/types.js';
import { formatValue } from './format-value.js';

export const PLAUSIBILITY_FACTOR = 10;

const PERIOD_WORDS: Record<Frequency, string> = {
  monthly: 'months',
  quarterly: 'quarters',
  'half-yearly': 'half-years',
  annual: 'years',
};

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function farFrom(value: number, reference: number): boolean {
  if (reference <= 0) return false;
  return value >= reference * PLAUSIBILITY_FACTOR || value <= reference / PLAUSIBILITY_FACTOR;
}

export interface PlausibilityInput {
  value: number;
  /** Recent figures, newest last (nulls ignored). */
  recent: readonly (number | null)[];
  target: number | null;
  unit: UnitKind;
  decimals: number;
  frequency: Frequency;
}

/** The question to put to the officer, or null when the figure looks plausible. */
export function plausibilityQuestion(input: PlausibilityInput): string | null {
  const recent = input.recent.filter((v): v is number => v !== null);
  const historyOdd =
    recent.length >= 2 && farFrom(Math.abs(input.value), median(recent.map(Math.abs)));
  const targetOdd =
    input.target !== null && input.target > 0 && input.value >= input.target * PLAUSIBILITY_FACTOR;
  if (!historyOdd && !targetOdd) return null;
  const shown = formatValue(input.value, input.unit, input.decimals);
  if (recent.length >= 2) {
    const lo = formatValue(Math.min(...recent), input.unit, input.decimals);
    const hi = formatValue(Math.max(...recent), input.unit, input.decimals);
    const count = NUMBER_WORDS[recent.length] ?? String(recent.length);
    const range = lo === hi ? lo : `${lo}–${hi}`;
    return `Is ${shown} right? The last ${count} ${PERIOD_WORDS[input.frequency]} were ${range}.`;
  }
  const target = formatValue(input.target, input.unit, input.decimals);
  return `Is ${shown} right? The target is ${target}.`;
}
