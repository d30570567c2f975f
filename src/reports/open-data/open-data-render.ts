// The public page (WCAG 2.2 AA: lang, landmarks, one h1, a table with caption and th scope,
// ratings in words, a labelled period picker that works without scripts, a table that reflows
// into stacked rows at 320px) with the licence and the downloads. All text is escaped.
import { formatDate } from '../../domain/periods/index.js';
import { restatedWords } from '../model/entries.js';
import type { OpenData, OpenDataRow } from './open-data-rows.js';
import { ALL_PERIODS } from './open-data-periods.js';
import { OPEN_DATA_CSS } from './open-data-style.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const e = escapeHtml;

export interface OpenDataPageOptions {
  /** Why the period asked for was refused (the page then shows the default period). */
  error?: string;
}

const option = (value: string, label: string, selected: string) =>
  `<option value="${e(value)}"${value === selected ? ' selected' : ''}>${e(label)}</option>`;

function periodForm(d: OpenData, opts: OpenDataPageOptions): string {
  const described = opts.error ? 'period-error period-hint' : 'period-hint';
  const error = opts.error
    ? `<p id="period-error" class="error"><strong>Error:</strong> ${e(opts.error)}</p>\n`
    : '';
  const groups = d.periodGroups
    .map(
      (g) =>
        `<optgroup label="${e(g.label)}">${g.periods.map((p) => option(p.key, p.label, d.periodKey)).join('')}</optgroup>`,
    )
    .join('\n');
  return `<form method="get" action="/open-data">
<label for="period">Period</label>
<p id="period-hint" class="hint">Each indicator shows its latest authorised figure at the end of the period you choose. All periods shows every figure published.</p>
${error}<div class="picker"><select id="period" name="period" aria-describedby="${described}"${opts.error ? ' aria-invalid="true"' : ''}>
${option(ALL_PERIODS, 'All periods (full history)', d.periodKey)}
${groups}
</select>
<button type="submit">Show</button></div>
</form>`;
}

const fileLink = (format: 'csv' | 'json', key: string, label: string) =>
  `<li><a href="/open-data.${format}?period=${encodeURIComponent(key)}">${format.toUpperCase()}, ${e(label)}</a></li>`;

function downloads(d: OpenData): string {
  const links = [
    fileLink('csv', d.periodKey, d.periodLabel),
    fileLink('json', d.periodKey, d.periodLabel),
  ];
  if (d.periodKey !== ALL_PERIODS) {
    links.push(
      fileLink('csv', ALL_PERIODS, 'all periods'),
      fileLink('json', ALL_PERIODS, 'all periods'),
    );
  }
  return `<h2>Download the data</h2>
<ul class="downloads">
${links.join('\n')}
</ul>`;
}

function licence(d: OpenData): string {
  return `<p class="licence">This data is published under the <a href="${e(d.licence.url)}" rel="license">${e(d.licence.name)}</a>. You may copy, publish and adapt it, giving the source as: “${e(d.licence.attribution)}”</p>`;
}

/** A cell led, on a narrow screen, by its column's name (see open-data-style.ts). */
const cell = (label: string, html: string, cls = '') =>
  `<td role="cell" data-label="${label}"${cls ? ` class="${cls}"` : ''}>${html}</td>`;

function row(r: OpenDataRow): string {
  const restated = r.restated ? ' <span class="restated">Restated</span>' : '';
  const note = r.restated ? `${restatedWords(r.restated_reason)}${r.commentary ? '. ' : ''}` : '';
  return `<tr role="row"><th scope="row" role="rowheader" data-label="Code">${e(r.code)}</th>${[
    cell('Indicator', e(r.title)),
    cell('Period', e(r.period_label), 'nowrap'),
    cell('Value', `${e(r.value_text)}${restated}`),
    cell('Target', e(r.target_text), 'nowrap'),
    // With no figure the value already says so; the rating need not say it again.
    cell('Rating', r.value === null ? 'Not rated' : e(r.rating), 'nowrap'),
    cell('Commentary', e(note + r.commentary)),
  ].join('')}</tr>`;
}

const COLUMNS = ['Code', 'Indicator', 'Period', 'Value', 'Target', 'Rating', 'Commentary'];

function dataTable(d: OpenData): string {
  if (d.rows.length === 0)
    return `<p>The council has not published any figures for ${e(d.periodLabel)} yet.</p>`;
  const head = COLUMNS.map((c) => `<th scope="col" role="columnheader">${c}</th>`).join('');
  return `<div class="table-wrap" role="region" aria-labelledby="data-caption" tabindex="0">
<table role="table">
<caption id="data-caption">Published indicators, ${e(d.periodLabel)}</caption>
<thead role="rowgroup"><tr role="row">${head}</tr></thead>
<tbody role="rowgroup">
${d.rows.map(row).join('\n')}
</tbody>
</table>
</div>`;
}

/** One indicator's figures, newest first (the files keep them oldest first, for machines). */
function historyRow(r: OpenDataRow): string {
  const restated = r.restated ? ' <span class="restated">Restated</span>' : '';
  const note = r.restated ? `${restatedWords(r.restated_reason)}${r.commentary ? '. ' : ''}` : '';
  return `<tr role="row"><th scope="row" role="rowheader" data-label="Period" class="nowrap">${e(r.period_label)}</th>${[
    cell('Value', `${e(r.value_text)}${restated}`),
    cell('Target', e(r.target_text), 'nowrap'),
    cell('Rating', e(r.rating), 'nowrap'),
    cell('Commentary', e(note + r.commentary)),
  ].join('')}</tr>`;
}

const HISTORY_COLUMNS = ['Period', 'Value', 'Target', 'Rating', 'Commentary'];

/** The full history as one table per indicator, so a figure's indicator is never repeated. */
function historyTables(d: OpenData): string {
  if (d.rows.length === 0) return `<p>The council has not published any figures yet.</p>`;
  const byCode = new Map<string, OpenDataRow[]>();
  for (const r of d.rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  const head = HISTORY_COLUMNS.map((c) => `<th scope="col" role="columnheader">${c}</th>`).join('');
  const tables = [...byCode.values()].map((rows) => {
    const { code, title } = rows[0]!;
    const id = `history-${e(code)}`;
    return `<section aria-labelledby="${id}">
<h3 id="${id}">${e(code)} ${e(title)}</h3>
<table role="table">
<caption class="visually-hidden">${e(code)} ${e(title)}: every authorised figure, newest first</caption>
<thead role="rowgroup"><tr role="row">${head}</tr></thead>
<tbody role="rowgroup">
${[...rows].reverse().map(historyRow).join('\n')}
</tbody>
</table>
</section>`;
  });
  return `<h2>Every authorised figure, by indicator</h2>
<p>${byCode.size} indicators, ${d.rows.length} figures, newest first.</p>
${tables.join('\n')}`;
}

export function openDataHtml(d: OpenData, opts: OpenDataPageOptions = {}): string {
  const restated = d.rows.some((r) => r.restated)
    ? ' A figure marked <strong>Restated</strong> was corrected after it was first authorised; the reason is given with its commentary.'
    : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.error ? 'Error: ' : ''}Performance open data: ${e(d.councilName)}</title>
<link rel="license" href="${e(d.licence.url)}">
<style>${OPEN_DATA_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the data</a>
<header><p>${e(d.councilName)}</p></header>
<main id="main">
<h1>Performance open data</h1>
<p>The indicators the council publishes, for ${e(d.periodLabel)}. Only authorised figures appear: a figure is published once its Authorising Officer has signed it off, never while it is provisional. Ratings are given in words.${restated}</p>
${licence(d)}
${periodForm(d, opts)}
${downloads(d)}
${d.periodKey === ALL_PERIODS ? historyTables(d) : dataTable(d)}
</main>
<footer><p>Produced on ${e(formatDate(d.generatedOn))} by Golden Thread.</p></footer>
</body>
</html>
`;
}
