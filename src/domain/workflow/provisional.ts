// Words that mark a figure entered but not yet authorised. One definition so the tab, the
// stage, the cards and the reports all say the same thing (issue 14: never colour alone).
import type { ReturnState } from '../model/types.js';

export function provisionalLabel(state: ReturnState): string | null {
  if (state === 'submitted') return 'provisional — awaiting check';
  if (state === 'checked') return 'provisional — awaiting authorisation';
  return null;
}
