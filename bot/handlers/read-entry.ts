// The entry card's inputs → the workflow's enter event. Figures are text so people can type them as
// they write them (1,234 / 12.5% / £3,400); what they typed is kept as the draft for a refused card.
import { ValidationError } from '../../src/domain/errors/errors.js';
import { readTypedEntry } from '../../src/domain/values/index.js';
import type { ReturnEvent } from '../../src/domain/workflow/index.js';
import type { EntryDraft } from '../cards/index.js';
import { str, type ActionData } from './context.js';

export function readDraft(data: ActionData): EntryDraft {
  const toggle = data.notAvailable;
  return {
    value: str(data, 'value').trim(),
    commentary: str(data, 'commentary'),
    evidenceUrl: str(data, 'evidenceUrl').trim(),
    forecast: str(data, 'forecast').trim(),
    notAvailable: toggle === true || toggle === 'true',
    notAvailableReason: str(data, 'notAvailableReason'),
  };
}

/**
 * The workflow's enter event from the card, read by the domain's one reading of a typed entry (the
 * tab's form uses the same), so "1,23" is refused here exactly as there.
 */
export function enterEvent(draft: EntryDraft, plausibilityConfirmed: boolean): ReturnEvent {
  const read = readTypedEntry(draft);
  if (!read.ok) throw new ValidationError(read.problems);
  return { type: 'enter', ...read.entry, plausibilityConfirmed };
}
