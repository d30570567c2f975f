import { http, queryString } from './http.js';
import type { Period } from './types.js';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

/** The periods of a financial year (default: the current one), for pickers. */
export function getPeriods(kind: PeriodKind, year?: string): Promise<Period[]> {
  return http.get<Period[]>(`/api/periods${queryString({ kind, year })}`);
}

/** `2026/27` → `2027/28`. */
export function nextYear(year: string): string {
  const start = Number(year.slice(0, 4)) + 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** `2026/27` → `2025/26`. */
export function previousYear(year: string): string {
  const start = Number(year.slice(0, 4)) - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
