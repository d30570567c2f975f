// Word blocks for each kind of report content. Ratings are a shaded cell WITH the rating's label,
// so nothing depends on colour alone. Key-action blocks are in key-action-blocks.
import { docx, type DocxNode } from './docx-lib.js';
import type { Block, IndicatorEntry, ReportSummary } from '../../model/types.js';
import {
  cell,
  cellOf,
  figure,
  labelled,
  pictureCell,
  ratingCell,
  table,
  type Cell,
} from './docx-cells.js';
import {
  actionPlanText,
  figureHeaders,
  hasQuartiles,
  hasYearEnd,
  marks,
  QUARTILE,
  quartileCell,
  titleLines,
  yearEndCell,
} from '../indicator-text.js';
import { keyActionBlock } from './key-action-blocks.js';
import { ratingBarPng, rowAltText } from '../png/summary-chart.js';

/**
 * The next drawing id of a document. docx gives every picture the id 1 unless told otherwise, and
 * Word reports a file whose drawings share an id (wp:docPr) as corrupt, so one counter per document
 * numbers them all.
 */
export type NextDrawingId = () => number;

export function drawingIds(): NextDrawingId {
  let last = 0;
  return () => ++last;
}

/** The ratings bar's width in the summary table, in px. */
const BAR_PX = 112;

function summaryTable(summary: ReportSummary, nextId: NextDrawingId): DocxNode {
  const scale = Math.max(1, ...summary.rows.map((r) => r.total), summary.totals.total);
  const row = (r: ReportSummary['totals'], bold = false) => [
    cell(r.label, { bold }),
    pictureCell(
      BAR_PX,
      () =>
        new docx.ImageRun({
          type: 'png',
          data: ratingBarPng(r.counts, summary.states, scale),
          transformation: { width: BAR_PX, height: 16 },
          altText: {
            id: nextId(),
            name: 'Bar',
            title: 'Ratings bar',
            description: rowAltText(summary, r),
          },
        }),
    ),
    ...r.counts.map((c) => figure(String(c), { bold })),
    figure(String(r.total), { bold }),
  ];
  return table(
    [summary.rowHeading ?? 'Priority', 'Chart', ...summary.columns, 'Total'],
    [...summary.rows.map((r) => row(r)), row(summary.totals, true)],
  );
}

function yearEnd(e: IndicatorEntry): Cell {
  const c = yearEndCell(e);
  return typeof c === 'string' ? cell(c) : ratingCell(c);
}

/** An indicator's figures, one cell each, under the headers `figureHeaders` names. */
function figureCells(e: IndicatorEntry, withYearEnd: boolean): Cell[] {
  return [
    figure(e.periodLabel),
    figure(e.valueText),
    figure(e.targetText),
    ratingCell(e.rating),
    cell(e.ytdText),
    ...(withYearEnd ? [yearEnd(e)] : []),
  ];
}

/** A provisional or restated figure's marks, in bold words under its heading. */
function markLines(e: IndicatorEntry): DocxNode[] {
  return marks(e).map(
    (text) =>
      new docx.Paragraph({
        spacing: { after: 60 },
        keepNext: true,
        children: [new docx.TextRun({ text, bold: true })],
      }),
  );
}

type IndicatorBlock = Extract<Block, { kind: 'indicator-details' | 'indicator-table' }>;

function details(block: IndicatorBlock): DocxNode[] {
  const { entries } = block;
  const withYearEnd = hasYearEnd(block);
  const header = figureHeaders(withYearEnd);
  const rowOf = (e: IndicatorEntry) => figureCells(e, withYearEnd);
  // One set of columns for the block, so each indicator's table lines up with the next.
  const sizedBy = entries.map(rowOf);
  return entries.flatMap((e) => {
    const plan = actionPlanText(e);
    return [
      new docx.Paragraph({
        heading: docx.HeadingLevel.HEADING_3,
        text: `${e.code} ${e.title}`,
        keepNext: true,
      }),
      ...markLines(e),
      table(header, [rowOf(e)], { sizedBy }),
      labelled('Direction of travel', e.direction, 80),
      labelled('Benchmark', e.benchmarkText),
      ...(e.quartile ? [labelled(QUARTILE, e.quartile.text)] : []),
      labelled("Officer's commentary", e.commentary),
      ...(e.persistent
        ? [labelled('Persistent under-performance', e.deepDive ?? 'a deep-dive review is due')]
        : []),
      labelled(plan.label, plan.text),
    ];
  });
}

function indicatorTable(block: IndicatorBlock): DocxNode {
  const { entries } = block;
  const withYearEnd = hasYearEnd(block);
  const withQuartile = hasQuartiles(entries);
  return table(
    ['Code', 'Indicator', ...figureHeaders(withYearEnd), ...(withQuartile ? [QUARTILE] : [])],
    entries.map((e) => [
      figure(e.code),
      cellOf(titleLines(e)),
      ...figureCells(e, withYearEnd),
      ...(withQuartile ? [cell(quartileCell(e))] : []),
    ]),
  );
}

/** `shares`: each column's relative share of the page, as the block asks for them. */
function wordsTable(block: Extract<Block, { kind: 'table' }>): DocxNode {
  const numeric = block.numeric ?? [];
  // A figure is kept on one line ("£21,140,000"), so a narrow column never splits an amount.
  return table(
    block.header,
    block.rows.map((r) =>
      r.map((text, i) => (numeric.includes(i) ? figure(text, { right: true }) : cell(text))),
    ),
    { ...(block.widths ? { shares: block.widths } : {}), numeric },
  );
}

export function renderBlock(block: Block, nextId: NextDrawingId): DocxNode[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        new docx.Paragraph({
          text: block.text,
          spacing: { after: 120 },
          keepNext: block.keepWithNext ?? false,
        }),
      ];
    case 'summary':
      return [summaryTable(block.summary, nextId)];
    case 'indicator-details':
      return details(block);
    case 'indicator-table':
      return [indicatorTable(block)];
    case 'table':
      return [wordsTable(block)];
    case 'key-actions':
    case 'key-action-group':
    case 'project-summary':
    case 'project':
    case 'status-counts':
      return keyActionBlock(block);
  }
}
