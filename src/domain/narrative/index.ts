// Public surface of the narrative summary: pure rules from figures to sentences.
export { narrativeSummary, changeShareOfTarget, LARGEST_CHANGES } from './narrative.js';
export type { NarrativeIndicator, NarrativeInput } from './types.js';
export {
  CHANGES_NAMED,
  keyActionNarrative,
  statusRank,
  type KeyActionNarrativeInput,
  type NarrativeKeyAction,
} from './key-action-narrative.js';
