// What a spot check can find, in the words the tab, the chat and the quarterly report use.
import type { SpotCheckFinding } from '../model/types.js';

export const SPOT_CHECK_FINDINGS: readonly SpotCheckFinding[] = [
  'confirmed',
  'minor-issue',
  'figure-wrong',
  'procedure-wrong',
];

export const FINDING_WORDS: Readonly<Record<SpotCheckFinding, string>> = {
  confirmed: 'Confirmed: the figure matches its evidence and procedure',
  'minor-issue': 'Minor issue: the figure stands, something needs tidying',
  'figure-wrong': 'Figure wrong: it must be restated',
  'procedure-wrong': 'Procedure wrong: the written procedure needs correcting',
};

export function isSpotCheckFinding(value: unknown): value is SpotCheckFinding {
  return typeof value === 'string' && (SPOT_CHECK_FINDINGS as readonly string[]).includes(value);
}
