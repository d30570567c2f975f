// The machine-readable open data: CSV (one header row, then one row per figure, nothing else, so
// any CSV reader takes it as it is), JSON (the same rows with the council, the period and the
// licence), and a W3C CSV on the Web metadata document describing the CSV's columns and licence.
// The CSV carries no comment line for the licence: the route names it in an HTTP Link header
// (rel="license", RFC 8288) and links this metadata document (rel="describedby"), as CSVW's
// "Link header" discovery expects.
import { stringify } from 'csv-stringify/sync';
import { protectCell } from '../../app/export/index.js';
import type { OpenData, OpenDataRow } from './open-data-rows.js';

export const CSV_COLUMNS: (keyof OpenDataRow)[] = [
  'code',
  'title',
  'definition',
  'unit',
  'period',
  'period_label',
  'value',
  'target',
  'rating',
  'commentary',
  'restated',
  'restated_reason',
];

export function openDataCsv(d: OpenData): string {
  return stringify(
    d.rows.map((r) => CSV_COLUMNS.map((c) => protectCell(r[c]))),
    { header: true, columns: CSV_COLUMNS, cast: { number: (n) => String(n), boolean: String } },
  );
}

export function openDataJson(d: OpenData): string {
  const body = {
    council: d.councilName,
    period: d.periodLabel,
    periodKey: d.periodKey,
    generatedOn: d.generatedOn,
    licence: d.licence,
    indicators: d.rows,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

const DATATYPES: Partial<Record<keyof OpenDataRow, string>> = {
  value: 'number',
  target: 'number',
  restated: 'boolean',
};

const DESCRIPTIONS: Partial<Record<keyof OpenDataRow, string>> = {
  period: 'The period key: 2025-10 (a month), 2025/26 Q1, 2025/26 H1 or 2025/26 (a financial year)',
  value: 'The authorised figure; empty when no figure is authorised yet',
  restated: 'true when the figure was corrected after it was first authorised',
  restated_reason: 'Why the figure was corrected',
};

/** The CSVW metadata of `/open-data.csv?period=<key>` (its `url` is relative to this document). */
export function openDataCsvMetadata(d: OpenData): string {
  const body = {
    '@context': 'http://www.w3.org/ns/csvw',
    url: `open-data.csv?period=${encodeURIComponent(d.periodKey)}`,
    'dc:title': `Performance open data: ${d.councilName}, ${d.periodLabel}`,
    'dc:publisher': d.councilName,
    'dc:modified': d.generatedOn,
    'dc:license': { '@id': d.licence.url },
    tableSchema: {
      columns: CSV_COLUMNS.map((c) => ({
        name: c,
        titles: c,
        datatype: DATATYPES[c] ?? 'string',
        ...(DESCRIPTIONS[c] ? { 'dc:description': DESCRIPTIONS[c] } : {}),
      })),
    },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
