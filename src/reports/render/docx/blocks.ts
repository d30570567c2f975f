// Word blocks for each kind of report content. Ratings are a shaded cell WITH the rating's label,
// so nothing depends on colour alone. Key-action blocks are in key-action-blocks.
import { docx, type DocxNode } from './docx-lib.js';
import type { Block, IndicatorEntry, ReportSummary } from '../../model/types.js';
import { cell, cellOf, labelled, ratingCell, table } from './docx-cells.js';
import {
  hasYearEnd,
  marks,
  ratingHeader,
  titleLines,
  YEAR_END,
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

function summaryTable(summary: ReportSummary, nextId: NextDrawingId): DocxNode {
  const scale = Math.max(1, ...summary.rows.map((r) => r.total), summary.totals.total);
  const row = (r: ReportSummary['totals'], bold = false) => [
    cell(r.label, { bold }),
    new docx.TableCell({
      children: [
        new docx.Paragraph({
          children: [
            new docx.ImageRun({
              type: 'png',
              data: ratingBarPng(r.counts, summary.states, scale),
              transformation: { width: 160, height: 16 },
              altText: {
                id: nextId(),
                name: 'Bar',
                title: 'Ratings bar',
                description: rowAltText(summary, r),
              },
            }),
          ],
        }),
      ],
    }),
    ...r.counts.map((c) => cell(String(c), { bold })),
    cell(String(r.total), { bold }),
  ];
  return table(
    ['Priority', 'Chart', ...summary.columns, 'Total'],
    [...summary.rows.map((r) => row(r)), row(summary.totals, true)],
  );
}

function yearEnd(e: IndicatorEntry): DocxNode {
  const c = yearEndCell(e);
  return typeof c === 'string' ? cell(c) : ratingCell(c);
}

/** A provisional or restated figure's marks, in bold words under its heading. */
function markLines(e: IndicatorEntry): DocxNode[] {
  return marks(e).map(
    (text) =>
      new docx.Paragraph({
        spacing: { after: 60 },
        children: [new docx.TextRun({ text, bold: true })],
      }),
  );
}

type IndicatorBlock = Extract<Block, { kind: 'indicator-details' | 'indicator-table' }>;

function details(block: IndicatorBlock): DocxNode[] {
  const { entries } = block;
  const withYearEnd = hasYearEnd(block);
  return entries.flatMap((e) => [
    new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_3, text: `${e.code} ${e.title}` }),
    ...markLines(e),
    table(
      [
        'Period',
        'Value',
        'Target',
        ratingHeader(withYearEnd),
        'Year to date',
        ...(withYearEnd ? [YEAR_END] : []),
      ],
      [
        [
          cell(e.periodLabel),
          cell(e.valueText),
          cell(e.targetText),
          ratingCell(e.rating),
          cell(e.ytdText),
          ...(withYearEnd ? [yearEnd(e)] : []),
        ],
      ],
    ),
    labelled('Direction of travel', e.direction),
    labelled('Benchmark', e.benchmarkText),
    labelled("Officer's commentary", e.commentary),
    ...(e.persistent
      ? [labelled('Persistent under-performance', 'a deep-dive review is due')]
      : []),
    e.actionPlan
      ? labelled(
          `Action plan (${e.actionPlan.status}, owner ${e.actionPlan.owner}, due ${e.actionPlan.dueDate}, recovery expected ${e.actionPlan.expectedRecovery})`,
          `${e.actionPlan.reasons} ${e.actionPlan.actions}`,
        )
      : labelled('Action plan', 'None recorded'),
  ]);
}

function indicatorTable(block: IndicatorBlock): DocxNode {
  const { entries } = block;
  const withYearEnd = hasYearEnd(block);
  return table(
    [
      'Code',
      'Indicator',
      'Period',
      'Value',
      'Target',
      ratingHeader(withYearEnd),
      'Year to date',
      ...(withYearEnd ? [YEAR_END] : []),
    ],
    entries.map((e) => [
      cell(e.code),
      cellOf(titleLines(e)),
      cell(e.periodLabel),
      cell(e.valueText),
      cell(e.targetText),
      ratingCell(e.rating),
      cell(e.ytdText),
      ...(withYearEnd ? [yearEnd(e)] : []),
    ]),
    withYearEnd ? [8, 20, 11, 10, 10, 16, 12, 13] : [8, 29, 11, 12, 12, 14, 14],
  );
}

/** `shares`: each column's share of the page, turned into the percentages `table` takes. */
function wordsTable(header: string[], rows: string[][], shares?: number[]): DocxNode {
  const sum = shares?.reduce((a, b) => a + b, 0) ?? 0;
  return table(
    header,
    rows.map((r) => r.map((text) => cell(text))),
    shares && sum > 0 ? shares.map((w) => Math.round((w / sum) * 100)) : undefined,
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
      return [wordsTable(block.header, block.rows, block.widths)];
    case 'key-actions':
    case 'key-action-group':
    case 'project-summary':
    case 'project':
    case 'status-counts':
      return keyActionBlock(block);
  }
}
