// An entry as a person typed it (the tab's form, the bot's entry card): figures are text, so they
// can be written as people write them (1,234 / 12.5% / £3,400). Read with the one figure parser,
// then checked by the one set of entry rules, so the tab and the bot refuse the same things in the
// same words.
import type { FieldProblem } from '../errors/errors.js';
import type { UnitKind } from '../model/types.js';
import { ENTRY_MESSAGES, entryProblems } from './entry-rules.js';
import { parseFigure } from './parse-figure.js';

export interface TypedEntry {
  value: string;
  notAvailable: boolean;
  notAvailableReason: string;
  commentary: string;
  evidenceUrl: string;
  forecast: string;
}

export interface ReadEntry {
  value: number | null;
  notAvailableReason: string | null;
  commentary: string;
  evidenceUrl: string | null;
  forecast: number | null;
}

export type EntryReading = { ok: true; entry: ReadEntry } | { ok: false; problems: FieldProblem[] };

/** The entry in numbers, or every problem with what was typed, each naming its field. */
export function readTypedEntry(typed: TypedEntry, unit?: UnitKind): EntryReading {
  const problems: FieldProblem[] = [];
  const figure = (field: 'value' | 'forecast', text: string): number | null => {
    const read = parseFigure(text, { unit });
    if (read.ok) return read.value;
    problems.push({ field, message: read.reason });
    return null;
  };
  let value: number | null = null;
  if (!typed.notAvailable) {
    if (typed.value.trim() === '')
      problems.push({ field: 'value', message: ENTRY_MESSAGES.valueRequired });
    else value = figure('value', typed.value);
  }
  const forecast = typed.forecast.trim() === '' ? null : figure('forecast', typed.forecast);
  const entry: ReadEntry = {
    value,
    notAvailableReason: typed.notAvailable ? typed.notAvailableReason : null,
    commentary: typed.commentary,
    evidenceUrl: typed.evidenceUrl.trim() || null,
    forecast,
  };
  // With "not available" unticked, a figure that could not be read is reported once, as unreadable,
  // not again as "say why it is not available".
  const rules = entryProblems(entry).filter(
    (p) => typed.notAvailable || p.field !== 'notAvailableReason',
  );
  problems.push(...rules);
  return problems.length ? { ok: false, problems } : { ok: true, entry };
}
