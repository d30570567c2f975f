// The public page (WCAG 2.2 AA: lang, landmarks, one h1, a table with caption and th scope,
// ratings in words, a labelled period form that works without scripts, a table that scrolls in its
// own focusable region so the page reflows at 320px) and the CSV and JSON open data. All text is
// escaped.
import { formatDate } from '../../domain/periods/index.js';
import { protectCell } from '../../app/export/index.js';
import { stringify } from 'csv-stringify/sync';
import { restatedWords } from '../model/entries.js';
import type { OpenData, OpenDataRow } from './open-data-rows.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export interface OpenDataPageOptions {
  /** What the person typed in the period box, shown back to them. */
  periodInput?: string;
  /** Why that period was refused (the page then shows the default period). */
  error?: string;
}

function periodForm(d: OpenData, opts: OpenDataPageOptions): string {
  const e = escapeHtml;
  const value = opts.periodInput ?? d.periodKey;
  const described = opts.error ? 'period-error period-hint' : 'period-hint';
  const error = opts.error
    ? `<p id="period-error" class="error"><strong>Error:</strong> ${e(opts.error)}</p>\n`
    : '';
  return `<form method="get" action="/open-data">
<label for="period">Period</label>
<p id="period-hint" class="hint">A month (2025-10), a quarter (2025/26 Q1), a half-year (2025/26 H1) or a year (2025/26).</p>
${error}<input id="period" name="period" type="text" maxlength="20" autocomplete="off" spellcheck="false" value="${e(value)}" aria-describedby="${described}"${opts.error ? ' aria-invalid="true"' : ''}>
<button type="submit">Show</button>
</form>`;
}

function dataTable(d: OpenData, rows: string): string {
  const e = escapeHtml;
  if (d.rows.length === 0) return `<p>The council has not published any indicators yet.</p>`;
  return `<div class="table-wrap" role="region" aria-labelledby="data-caption" tabindex="0">
<table>
<caption id="data-caption">Published indicators, ${e(d.periodLabel)}</caption>
<thead><tr><th scope="col">Code</th><th scope="col">Indicator</th><th scope="col">Period</th><th scope="col">Value</th><th scope="col">Target</th><th scope="col">Rating</th><th scope="col">Commentary</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}

/** A restated figure's mark, in words before its commentary. */
const restatedCell = (r: OpenDataRow) =>
  r.restated ? `${restatedWords(r.restated_reason)}${r.commentary ? '. ' : ''}` : '';

export function openDataHtml(d: OpenData, opts: OpenDataPageOptions = {}): string {
  const e = escapeHtml;
  const rows = d.rows
    .map(
      (r) =>
        `<tr><th scope="row">${e(r.code)}</th><td>${e(r.title)}</td><td>${e(r.period_label)}</td><td>${e(r.value_text)}</td><td>${e(r.target_text)}</td><td>${e(r.rating)}</td><td>${e(restatedCell(r))}${e(r.commentary)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.error ? 'Error: ' : ''}Performance open data: ${e(d.councilName)}</title>
<style>
body{font-family:Arial,sans-serif;margin:0;color:#1b1b1b;line-height:1.5}
header,main,footer{padding:1rem 2rem}
a{color:#0b4f9c}
a:focus,a:hover,input:focus,button:focus,.table-wrap:focus{outline:3px solid #1b1b1b;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff}
header,main,footer{max-width:100%;box-sizing:border-box;overflow-wrap:break-word}
form{margin:1rem 0}label{font-weight:bold;display:block}.hint{margin:.2rem 0;color:#3b3b3b}
.error{color:#a4262c;margin:.2rem 0}
input{font:inherit;padding:.3rem;border:2px solid #1b1b1b;max-width:100%;box-sizing:border-box}
input[aria-invalid=true]{border-color:#a4262c}
button{font:inherit;padding:.3rem 1rem;margin-top:.4rem;border:2px solid #0b4f9c;background:#0b4f9c;color:#fff;cursor:pointer}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;min-width:40rem}
th,td{border:1px solid #6b6b6b;padding:.4rem;text-align:left;vertical-align:top}
thead th{background:#e8e8e8}
caption{text-align:left;font-weight:bold;padding:.5rem 0}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to the data</a>
<header><p>${e(d.councilName)}</p></header>
<main id="main">
<h1>Performance open data</h1>
<p>Indicators the council publishes, for ${e(d.periodLabel)}, with authorised figures only. Ratings are given in words. Download the same data as <a href="/open-data.csv?period=${encodeURIComponent(d.periodKey)}">CSV</a> or <a href="/open-data.json?period=${encodeURIComponent(d.periodKey)}">JSON</a>.</p>
${periodForm(d, opts)}
${dataTable(d, rows)}
</main>
<footer><p>Produced on ${e(formatDate(d.generatedOn))} by Golden Thread.</p></footer>
</body>
</html>
`;
}

const CSV_COLUMNS: (keyof OpenDataRow)[] = [
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
    { header: true, columns: CSV_COLUMNS, cast: { number: (n) => String(n) } },
  );
}

export function openDataJson(d: OpenData): string {
  return `${JSON.stringify({ council: d.councilName, period: d.periodLabel, generatedOn: d.generatedOn, indicators: d.rows }, null, 2)}\n`;
}
