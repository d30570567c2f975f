import { ValidationError } from '../errors/errors.js';
import type {
  IsoDate,
  Polarity,
  RatingSchemeConfig,
  RatingState,
  UnitKind,
} from '../model/types.js';
import { rateFourLevel } from './four-level.js';
import { rateRag } from './rag.js';
import { assertDecimals, assertFinite, roundTo } from './rounding.js';
import { isOffTarget } from './states.js';

export interface RateInput {
  value: number;
  target: number | null;
  polarity: Polarity;
  unit: UnitKind;
  decimals: number;
  contextOnly: boolean;
}

export interface RatingResult {
  state: RatingState;
  /** signed relative difference, positive = better than target, null when not computed */
  relativeDifference: number | null;
  offTarget: boolean;
}

export interface ReturnRatingInput {
  value: number | null;
  notAvailable: boolean;
  target: number | null;
  polarity: Polarity;
  unit: UnitKind;
  decimals: number;
  contextOnly: boolean;
  dueDate: IsoDate;
  today: IsoDate;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function unrated(state: RatingState): RatingResult {
  return { state, relativeDifference: null, offTarget: false };
}

/**
 * Rates a figure against its target on the council's scheme (four-level: see four-level.ts;
 * RAG: see rag.ts). Before any comparison: a context-only indicator is 'context' (reported, not
 * rated — this wins over polarity, as it is the performance team's explicit choice); no polarity
 * is 'not-rated'; no target is 'no-target'. Value and target are rounded to the indicator's
 * decimal places first, so the rating agrees with the figure people see.
 */
export function rateValue(input: RateInput, scheme: RatingSchemeConfig): RatingResult {
  assertFinite(input.value, 'value');
  assertDecimals(input.decimals);
  if (input.target !== null) assertFinite(input.target, 'target');
  if (input.contextOnly) return unrated('context');
  if (input.polarity === 'none') return unrated('not-rated');
  if (input.target === null) return unrated('no-target');

  const value = roundTo(input.value, input.decimals);
  const target = roundTo(input.target, input.decimals);
  const { level, relativeDifference } =
    scheme.kind === 'rag'
      ? rateRag(value, target, input.polarity, scheme)
      : rateFourLevel(value, target, input.polarity, input.unit);
  return { state: level, relativeDifference, offTarget: isOffTarget(level) };
}

/**
 * Rates a period's return. With a figure, as rateValue (a figure wins over a stale "not
 * available" flag). Without one: 'not-available' when the officer said so; otherwise 'missing'
 * once today is after the due date (the due date itself is still in time), else 'not-due'.
 */
export function rateReturn(input: ReturnRatingInput, scheme: RatingSchemeConfig): RatingResult {
  assertIsoDate(input.dueDate, 'dueDate');
  assertIsoDate(input.today, 'today');
  if (input.value !== null) return rateValue({ ...input, value: input.value }, scheme);
  if (input.notAvailable) return unrated('not-available');
  // ISO dates compare correctly as strings.
  return unrated(input.today > input.dueDate ? 'missing' : 'not-due');
}

function assertIsoDate(date: string, field: string): void {
  if (typeof date !== 'string' || !ISO_DATE.test(date)) {
    throw new ValidationError(`must be a date as YYYY-MM-DD, got ${String(date)}`, field);
  }
}
