// THE RULE for reading a figure as a person types it, in the tab, on a card, in a chat reply or in
// an API body. Accepted: digits with an optional decimal point (`45`, `12.5`, `.5`); commas that
// group thousands (`1,234`, `1,234,567.8`); a leading minus or plus, the typographic minus `−`
// included; a £ before the digits (`£3,400`, `-£20`, `£-20`) or a % after them (`12.5%`); spaces at
// either end and beside a sign. Refused, with a reason, rather than guessed at:
//   `1,23`, `12,3456`  a comma that does not group thousands (a slip, or a continental decimal)
//   `0x10`             hexadecimal: JavaScript's Number() reads it as 16, nobody means that
//   `1e5`              scientific notation: no council figure is typed so, and a pasted spreadsheet
//                      exponent has usually lost digits already; the officer writes 100,000
//   `12..5`, `1.2.3`   more than one decimal point
//   `1 234`            a space inside: one figure or two? (in a chat reply, 234 begins the comment)
//   `£12%`             both signs
//   `NaN`, `Infinity`, words, empty
//   more than 15 significant digits: a double keeps 15 exactly, so more would be silently changed
// With a unit, a sign that contradicts it is refused (`12%` for a count, `£5` for a percentage).
// Reasons are predicates that read after the thing refused: `"1,23" has a comma in the wrong
// place…`, `Figure: has a comma…`.
import type { UnitKind } from '../model/types.js';

export type FigureReading = { ok: true; value: number } | { ok: false; reason: string };
export type OptionalFigureReading =
  { ok: true; value: number | null } | { ok: false; reason: string };

export interface FigureOptions {
  /** The indicator's unit: a £ or % sign that contradicts it is refused. */
  unit?: UnitKind;
}

/** A figure inside longer text (the bot's `WR04 42.5 routes changed`); parseFigure decides. */
export const FIGURE_PATTERN = String.raw`[-−+]?£?[-−]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)%?`;

export const MAX_SIGNIFICANT_DIGITS = 15;

export const FIGURE_REASONS = {
  empty: 'is empty: enter a figure',
  notANumber: 'is not a number: type it as you would write it, e.g. 1,234 or 12.5% or £3,400',
  comma: 'has a comma in the wrong place: commas separate thousands, e.g. 1,234 or 12,345',
  hex: 'is not a number in ordinary digits (hexadecimal such as 0x10 is not read)',
  exponent: 'is in scientific notation: write it out in full, e.g. 100,000',
  points: 'has more than one decimal point',
  space: 'has a space inside it: write thousands with commas, e.g. 1,234',
  bothSigns: 'has both a £ sign and a % sign',
  tooLarge: 'is too large to be a figure',
  digits: `has more than ${MAX_SIGNIFICANT_DIGITS} significant digits, more than can be kept exactly`,
} as const;

const SHAPE = /^([-−+]?)\s*(£?)\s*([-−]?)\s*(.*?)\s*(%?)$/s;
const PLAIN = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

const refuse = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

function unitProblem(pound: boolean, percent: boolean, unit: UnitKind | undefined): string | null {
  if (unit === undefined) return null;
  if (pound && unit !== 'currency') return `has a £ sign but the unit is ${unit}`;
  if (percent && unit !== 'percentage') return `has a % sign but the unit is ${unit}`;
  return null;
}

/** Why the unsigned body of a figure is not a number, most specific reason first. */
function bodyProblem(body: string): string | null {
  if (PLAIN.test(body) || GROUPED.test(body)) return null;
  if (/^0x[\da-f]+$/i.test(body)) return FIGURE_REASONS.hex;
  if (/^[\d,]*\.?\d+e[-+]?\d+$/i.test(body)) return FIGURE_REASONS.exponent;
  if (/^[\d,.]+(?:\s+[\d,.]+)+$/.test(body)) return FIGURE_REASONS.space;
  if (/^[\d.,]+$/.test(body) && /\d/.test(body)) {
    if ((body.match(/\./g) ?? []).length > 1) return FIGURE_REASONS.points;
    if (body.includes(',')) return FIGURE_REASONS.comma;
  }
  return FIGURE_REASONS.notANumber;
}

/** Zeros at either end carry no precision: 1,000,000 and 0.005 each have one significant digit. */
function significantDigits(body: string): number {
  return body.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** The number in `text`, or why it is not one as a person would write it. */
export function parseFigure(text: string, options: FigureOptions = {}): FigureReading {
  const trimmed = text.trim();
  if (trimmed === '') return refuse(FIGURE_REASONS.empty);
  const [, lead = '', pound = '', inner = '', body = '', percent = ''] = SHAPE.exec(trimmed) ?? [];
  if (body === '' || (lead !== '' && inner !== '')) {
    return refuse(FIGURE_REASONS.notANumber);
  }
  if (pound && percent) return refuse(FIGURE_REASONS.bothSigns);
  const problem = bodyProblem(body) ?? unitProblem(pound !== '', percent !== '', options.unit);
  if (problem) return refuse(problem);
  if (significantDigits(body) > MAX_SIGNIFICANT_DIGITS) return refuse(FIGURE_REASONS.digits);
  const n = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(n)) return refuse(FIGURE_REASONS.tooLarge);
  const negative = /[-−]/.test(lead + inner);
  // `-0` is written as 0: a stored negative zero would show as "-0" in some renderers.
  return { ok: true, value: negative && n !== 0 ? -n : n };
}

/** As parseFigure, but blank text means "no figure" (an optional forecast, a target left empty). */
export function parseOptionalFigure(
  text: string,
  options: FigureOptions = {},
): OptionalFigureReading {
  return text.trim() === '' ? { ok: true, value: null } : parseFigure(text, options);
}
