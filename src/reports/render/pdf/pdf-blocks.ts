// PDF blocks for each kind of report content; the summary chart is drawn as vector bars beside the
// same counts printed as text. Headings, paragraphs, tables and the chart are tagged (pdf-tags).
import type { Block, IndicatorEntry, ReportSummary } from '../../model/types.js';
import { swatchOf } from '../palette.js';
import { rowAltText } from '../png/summary-chart.js';
import { drawTable, MARGIN, type CellValue, type Column, type Pdf } from './pdf-kit.js';
import {
  actionPlanText,
  figureHeaders,
  hasQuartiles,
  hasYearEnd,
  marks,
  QUARTILE,
  quartileCell,
  ratingHeader,
  titleLines,
  YEAR_END,
  yearEndCell,
} from '../indicator-text.js';
import { drawKeyActionBlock } from './pdf-key-action-blocks.js';
import { tagged } from './pdf-tags.js';
import { ensureSpace, heading, labelled, paragraph } from './pdf-text.js';

function summaryChart(doc: Pdf, summary: ReportSummary): void {
  const rows = [...summary.rows, summary.totals];
  const labelW = 190;
  const barW = doc.page.width - 2 * MARGIN - labelW;
  const rowH = 16;
  const scale = Math.max(1, ...rows.map((r) => r.total));
  ensureSpace(doc, rows.length * (rowH + 6) + 30);
  // One figure whose alternative text holds every count the bars show (also in the table above).
  const alt = `Bar chart of ratings by ${(summary.rowHeading ?? 'Priority').toLowerCase()}. ${rows.map((r) => rowAltText(summary, r)).join('. ')}.`;
  let end = doc.y;
  tagged(doc, 'Figure', () => (end = drawBars(doc, summary, rows, { labelW, barW, rowH, scale })), {
    alt,
  });
  doc.x = MARGIN;
  doc.y = end;
}

interface BarLayout {
  labelW: number;
  barW: number;
  rowH: number;
  scale: number;
}

/** Draws the legend and bars from the current position; returns the y below them. */
function drawBars(
  doc: Pdf,
  summary: ReportSummary,
  rows: ReportSummary['rows'],
  { labelW, barW, rowH, scale }: BarLayout,
): number {
  // Legend: the swatch with its label in words.
  let lx = MARGIN;
  const ly = doc.y;
  summary.columns.forEach((c, i) => {
    doc.rect(lx, ly, 10, 10).fill(swatchOf(summary.states[i] ?? null).solid);
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#000000')
      .text(c, lx + 14, ly + 1, { lineBreak: false });
    lx += 20 + doc.widthOfString(c) + 10;
  });
  let y = ly + 18;
  for (const row of rows) {
    doc.font('Helvetica').fontSize(8).fillColor('#000000');
    doc.text(row.label, MARGIN, y + 3, {
      width: labelW - 8,
      height: rowH,
      ellipsis: true,
      lineBreak: false,
    });
    let x = MARGIN + labelW;
    row.counts.forEach((count, i) => {
      const w = (count / scale) * (barW - 30);
      if (count > 0) {
        doc.rect(x, y, w, rowH).fill(swatchOf(summary.states[i] ?? null).solid);
        doc
          .moveTo(x + w, y)
          .lineTo(x + w, y + rowH)
          .lineWidth(1)
          .stroke('#ffffff');
      }
      x += w;
    });
    doc.fillColor('#000000').text(String(row.total), x + 4, y + 3, { lineBreak: false });
    y += rowH + 6;
  }
  return y + 6;
}

function summaryBlock(doc: Pdf, summary: ReportSummary): void {
  drawTable(
    doc,
    [
      { header: summary.rowHeading ?? 'Priority', width: 4 },
      // Wide enough for the longest label ("Provisional") not to break inside a word.
      ...summary.columns.map((c) => ({ header: c, width: Math.max(1, c.length / 8) })),
      { header: 'Total', width: 1 },
    ],
    [...summary.rows, summary.totals].map((r) => [
      r.label,
      ...r.counts.map(String),
      String(r.total),
    ]),
  );
  summaryChart(doc, summary);
}

/** A provisional or restated figure's mark, in bold words under its heading. */
function mark(doc: Pdf, text: string): void {
  tagged(doc, 'P', () =>
    doc.font('Helvetica-Bold').fontSize(9).fillColor('#000000').text(text, MARGIN),
  );
  doc.moveDown(0.2);
}

/** An indicator's figures, one cell each, under the headers `figureHeaders` names. */
function figureValues(e: IndicatorEntry, withYearEnd: boolean): CellValue[] {
  return [
    e.periodLabel,
    e.valueText,
    e.targetText,
    e.rating,
    e.ytdText,
    ...(withYearEnd ? [yearEndCell(e)] : []),
  ];
}

type IndicatorBlock = Extract<Block, { kind: 'indicator-details' | 'indicator-table' }>;

function details(doc: Pdf, block: IndicatorBlock): void {
  const { entries } = block;
  const withYearEnd = hasYearEnd(block);
  const headers = figureHeaders(withYearEnd);
  for (const e of entries) {
    heading(doc, `${e.code} ${e.title}`, 3, 150);
    for (const text of marks(e)) mark(doc, text);
    drawTable(
      doc,
      headers.map((header) => ({ header, width: header === YEAR_END ? 1.6 : 1 })),
      [figureValues(e, withYearEnd)],
    );
    labelled(doc, 'Direction of travel', e.direction);
    labelled(doc, 'Benchmark', e.benchmarkText);
    if (e.quartile) labelled(doc, QUARTILE, e.quartile.text);
    labelled(doc, "Officer's commentary", e.commentary);
    if (e.persistent) {
      labelled(doc, 'Persistent under-performance', e.deepDive ?? 'a deep-dive review is due');
    }
    const plan = actionPlanText(e);
    labelled(doc, plan.label, plan.text);
    doc.moveDown(0.5);
  }
}

function indicatorTable(doc: Pdf, block: IndicatorBlock): void {
  const { entries } = block;
  const withYearEnd = hasYearEnd(block);
  const withQuartile = hasQuartiles(entries);
  const columns: Column[] = [
    { header: 'Code', width: 1 },
    { header: 'Indicator', width: withYearEnd ? 3 : 4 },
    { header: 'Period', width: 1.3 },
    { header: 'Value', width: 1.4 },
    { header: 'Target', width: 1.4 },
    // Wide enough for "Provisional" beside its shape without breaking the word.
    { header: ratingHeader(withYearEnd), width: 1.7 },
    { header: 'Year to date', width: withYearEnd ? 1.7 : 2.2 },
    ...(withYearEnd ? [{ header: YEAR_END, width: 1.8 }] : []),
    ...(withQuartile ? [{ header: QUARTILE, width: 2 }] : []),
  ];
  const rows = entries.map((e): CellValue[] => [
    e.code,
    titleLines(e).join('\n'),
    ...figureValues(e, withYearEnd),
    ...(withQuartile ? [quartileCell(e)] : []),
  ]);
  drawTable(doc, columns, rows);
}

export function drawBlock(doc: Pdf, block: Block): void {
  switch (block.kind) {
    case 'paragraph':
      if (block.keepWithNext) ensureSpace(doc, 110);
      return paragraph(doc, block.text);
    case 'summary':
      return summaryBlock(doc, block.summary);
    case 'indicator-details':
      return details(doc, block);
    case 'indicator-table':
      return indicatorTable(doc, block);
    case 'table':
      return drawTable(
        doc,
        block.header.map((header, i) => ({
          header,
          width: block.widths?.[i] ?? 1,
          ...(block.numeric?.includes(i) ? { align: 'right' as const } : {}),
        })),
        block.rows,
      );
    case 'key-actions':
    case 'key-action-group':
    case 'project-summary':
    case 'project':
    case 'status-counts':
      return drawKeyActionBlock(doc, block);
  }
}
