// CSV and JSON of the export rows. A spreadsheet runs a cell that starts with = + - @ (or a tab or
// carriage return) as a formula, so such text cells get a leading apostrophe (OWASP, "CSV
// Injection"); numbers are left alone so negative figures stay numbers.
import { stringify } from 'csv-stringify/sync';
import type { ExportRow } from './export-rows.js';

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'code',
  'title',
  'unit',
  'decimals',
  'period',
  'period_label',
  'actual',
  'target',
  'rating',
  'rating_state',
  'ytd_actual',
  'ytd_target',
  'direction_vs_previous',
  'state',
];

const FORMULA_START = /^[=+\-@\t\r]/;

export function protectCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv(rows: readonly ExportRow[]): string {
  const records = rows.map((r) => EXPORT_COLUMNS.map((c) => protectCell(r[c])));
  return stringify(records, {
    header: true,
    columns: [...EXPORT_COLUMNS],
    cast: { number: (n) => String(n) },
  });
}

export function toJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
