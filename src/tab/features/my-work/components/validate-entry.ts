// The checks the tab makes before sending a return: the domain's own reading of a typed entry (the
// bot's cards use the same), so the tab refuses "1,23" and "0x10" as the bot does instead of
// reading them as 123 and 16. The server checks everything again.
import type { FieldProblem } from '../../../../domain/errors/errors.js';
import type { UnitKind } from '../../../../domain/model/types.js';
import {
  readTypedEntry,
  type ReadEntry,
  type TypedEntry,
} from '../../../../domain/values/index.js';

export type EntryDraft = TypedEntry;

type EntryField = 'value' | 'forecast' | 'notAvailableReason' | 'commentary' | 'evidenceUrl';
export type FieldErrors = Partial<Record<EntryField, string>>;

/** What each figure field is called in a sentence: the domain's reasons follow a subject. */
const SUBJECT: Partial<Record<string, string>> = { value: 'The figure', forecast: 'The forecast' };

/** A domain problem as the tab shows it under its field: a sentence with a capital letter. */
function sentence(problem: FieldProblem): string {
  const subject = SUBJECT[problem.field];
  const { message } = problem;
  // Figure reasons are predicates ("has a comma in the wrong place…"); the rest are imperatives.
  if (subject && /^(is|has) /.test(message)) return `${subject} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export type DraftReading = { ok: true; entry: ReadEntry } | { ok: false; errors: FieldErrors };

/** The entry in numbers, ready to send, or each field's first problem in words. */
export function readEntry(d: EntryDraft, unit?: UnitKind): DraftReading {
  const read = readTypedEntry(d, unit);
  if (read.ok) return read;
  const errors: FieldErrors = {};
  for (const p of read.problems) {
    const field = p.field as EntryField;
    errors[field] ??= sentence(p);
  }
  return { ok: false, errors };
}

export function validateEntry(d: EntryDraft, unit?: UnitKind): FieldErrors {
  const read = readEntry(d, unit);
  return read.ok ? {} : read.errors;
}
