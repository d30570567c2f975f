// What an entered return must be before the workflow sees it, whichever channel it came through:
// a finite figure, or none with a reason; text within the limits; an evidence link that is a web
// address. The tab and the bot run this on what was typed (read-typed-entry.ts) so the person is
// told at once; the application runs it again on what arrived, because a client can be bypassed.
// What is impossible for the indicator's unit (validate-value.ts) and what is implausible
// (plausibility.ts) need the indicator, so they are checked by the caller after this.
import type { FieldProblem } from '../errors/errors.js';
import { MAX_COMMENTARY, MAX_REASON, MAX_URL } from './limits.js';

export interface EntryFields {
  value: number | null;
  notAvailableReason?: string | null;
  commentary: string;
  evidenceUrl?: string | null;
  numerator?: number | null;
  denominator?: number | null;
  forecast?: number | null;
}

export const ENTRY_MESSAGES = {
  valueRequired: 'enter the figure, or tick "Not available" and say why',
  reasonRequired: 'say why the figure is not available',
  notFinite: 'must be a finite number',
  webAddress: 'must be a web address starting https:// or http://',
} as const;

const blank = (text: string | null | undefined) => typeof text !== 'string' || text.trim() === '';

/** Why `text` is too long, or null; the count helps someone trim a pasted paragraph. */
export function tooLong(text: string, max: number): string | null {
  return text.length > max ? `must be at most ${max} characters (it has ${text.length})` : null;
}

/** Why `url` cannot be an evidence link, or null when it can (or is empty). */
export function webAddressProblem(url: string | null | undefined): string | null {
  if (url === null || url === undefined || url.trim() === '') return null;
  const long = tooLong(url, MAX_URL);
  if (long) return long;
  try {
    const { protocol } = new URL(url.trim());
    return protocol === 'https:' || protocol === 'http:' ? null : ENTRY_MESSAGES.webAddress;
  } catch {
    return ENTRY_MESSAGES.webAddress;
  }
}

/** Every problem with an entry, each naming its field; empty when the entry may go on. */
export function entryProblems(entry: EntryFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string | null) => {
    if (message) problems.push({ field, message });
  };
  if (entry.value === null) {
    if (blank(entry.notAvailableReason)) add('notAvailableReason', ENTRY_MESSAGES.reasonRequired);
  } else if (!Number.isFinite(entry.value)) {
    add('value', ENTRY_MESSAGES.notFinite);
  }
  add(
    'notAvailableReason',
    entry.notAvailableReason ? tooLong(entry.notAvailableReason, MAX_REASON) : null,
  );
  add('commentary', tooLong(entry.commentary, MAX_COMMENTARY));
  add('evidenceUrl', webAddressProblem(entry.evidenceUrl));
  for (const field of ['forecast', 'numerator', 'denominator'] as const) {
    const n = entry[field];
    if (n !== null && n !== undefined && !Number.isFinite(n)) add(field, ENTRY_MESSAGES.notFinite);
  }
  return problems;
}
