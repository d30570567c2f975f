// The entry card's inputs → the workflow's enter event. Figures are text so people can type them as
// they write them (1,234 / 12.5% / £3,400); what they typed is kept as the draft for a refused card.
import { ValidationError, type FieldProblem } from '../../src/domain/errors/errors.js';
import type { ReturnEvent } from '../../src/domain/workflow/index.js';
import type { EntryDraft } from '../cards/index.js';
import { parseFigure } from '../messages/parse-figure.js';
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

const NOT_A_NUMBER =
  'is not a number: type it as you would write it, e.g. 1,234 or 12.5% or £3,400';

export function enterEvent(draft: EntryDraft, plausibilityConfirmed: boolean): ReturnEvent {
  const problems: FieldProblem[] = [];
  let value: number | null = null;
  if (draft.notAvailable) {
    if (!draft.notAvailableReason.trim()) {
      problems.push({
        field: 'notAvailableReason',
        message: 'say why the figure is not available',
      });
    }
  } else if (!draft.value) {
    problems.push({
      field: 'value',
      message: 'enter the figure, or tick "Not available" and say why',
    });
  } else {
    value = parseFigure(draft.value);
    if (value === null) problems.push({ field: 'value', message: NOT_A_NUMBER });
  }
  let forecast: number | null = null;
  if (draft.forecast) {
    forecast = parseFigure(draft.forecast);
    if (forecast === null) problems.push({ field: 'forecast', message: NOT_A_NUMBER });
  }
  if (problems.length) throw new ValidationError(problems);
  return {
    type: 'enter',
    value,
    notAvailableReason: draft.notAvailable ? draft.notAvailableReason : null,
    commentary: draft.commentary,
    evidenceUrl: draft.evidenceUrl || null,
    forecast,
    plausibilityConfirmed,
  };
}
