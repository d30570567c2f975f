// The UK public-sector financial year runs 1 April to 31 March and is labelled `2025/26`.
import { ValidationError } from '../errors/errors.js';
import type { IsoDate } from '../model/types.js';
import { isoParts } from './iso-date.js';

/** Months from April: the FY starts in calendar month 4. */
export const FY_START_MONTH = 4;
/** Keeps every period's dates inside four-digit years. */
export const MIN_FY_START = 1000;
export const MAX_FY_START = 9998;

export function assertFyStart(fyStart: number, field = 'year'): number {
  if (!Number.isInteger(fyStart) || fyStart < MIN_FY_START || fyStart > MAX_FY_START) {
    throw new ValidationError(
      `${fyStart} is not a supported financial year start (${MIN_FY_START}–${MAX_FY_START})`,
      field,
    );
  }
  return fyStart;
}

/** 2025 → `2025/26`; the century rolls over, so 1999 → `1999/00`. */
export function financialYearLabel(fyStart: number): string {
  assertFyStart(fyStart);
  return `${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`;
}

const FY_LABEL = /^(\d{4})\/(\d{2})$/;

/** `2025/26` → 2025; refuses `2025/27`, whose halves are not consecutive years. */
export function parseFinancialYear(label: string): number {
  const m = FY_LABEL.exec(String(label).trim());
  if (!m) {
    throw new ValidationError(`"${label}" is not a financial year; use the form 2025/26`, 'year');
  }
  const fyStart = Number(m[1]);
  if ((fyStart + 1) % 100 !== Number(m[2])) {
    throw new ValidationError(
      `"${label}" is not a financial year: ${m[2]} does not follow ${fyStart} (did you mean ${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}?)`,
      'year',
    );
  }
  return assertFyStart(fyStart);
}

export function fyStartOf(date: IsoDate): number {
  const { year, month } = isoParts(date);
  return month >= FY_START_MONTH ? year : year - 1;
}

/** `2025-04-01` → `2025/26`; `2026-03-31` → `2025/26`. */
export function financialYearOf(date: IsoDate): string {
  return financialYearLabel(fyStartOf(date));
}
