// The PowerPoint pack as a list of slides, decided before anything is drawn: a title slide, the
// summary with its rating chart, a slide (or more) per priority, the exceptions with their action
// plans and the key actions at risk. It reads the quarterly report's view model, so the pack and the
// Word report can never disagree about a figure. A list too long for one slide continues on the
// next, and each part says so in its title: "Exceptions (2 of 3)".
import type {
  Block,
  IndicatorEntry,
  KeyActionEntry,
  ReportDocument,
  ReportSummary,
} from '../../model/types.js';
import {
  BODY_HEIGHT,
  CELL_PAD,
  INDICATOR_COLUMNS,
  KEY_ACTION_COLUMNS,
  ROW_PAD,
  TABLE_PT,
} from './slide-grid.js';
import { keyPointSlides } from './key-points-plan.js';
import { clip, heightOf, linesOf } from './text-fit.js';

export type PackSlide =
  | { kind: 'title'; title: string; subtitle: string }
  | { kind: 'summary'; title: string; sentence: string; summary: ReportSummary; notes: string }
  | { kind: 'priority'; title: string; intro: string; rows: IndicatorEntry[] }
  | { kind: 'exceptions'; title: string; entries: IndicatorEntry[] }
  | { kind: 'key-actions'; title: string; entries: KeyActionEntry[] }
  | { kind: 'message'; title: string; text: string }
  | { kind: 'key-points'; title: string; sentences: string[] };

export interface PowerPointPack {
  title: string;
  councilName: string;
  periodLabel: string;
  generatedOn: string;
  slides: PackSlide[];
}

/** Key actions whose owners report a risk: "some risk" (Review) or "unlikely" (Action). */
const AT_RISK = new Set(['some-risk', 'unlikely']);

const blocksOf = (report: ReportDocument, chapterId: string): Block[] =>
  report.chapters.find((c) => c.id === chapterId)?.sections.flatMap((s) => s.blocks) ?? [];

/** Splits items into runs that fit `room` inches, each item `heightOf(item)` tall. */
export function paginate<T>(items: readonly T[], room: number, height: (item: T) => number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const h = height(item);
    if (page.length > 0 && used + h > room) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += h;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** "Exceptions" when it fits one slide, else "Exceptions (2 of 3)". */
export const partTitle = (title: string, part: number, parts: number): string =>
  parts > 1 ? `${title} (${part} of ${parts})` : title;

const cell = (text: string, width: number, bold = false) =>
  linesOf(text, width - 2 * CELL_PAD, TABLE_PT, bold);
/** A rating cell: bold, its shape's character and a space before the words. */
const ratingCell = (text: string, width: number) => cell(`▲ ${text}`, width, true);

/**
 * Cells longer than this many lines are cut with an ellipsis, so one row can never be taller than
 * a slide; the key-action slides' notes carry the full update.
 */
export const CELL_LINES = 8;
const capped = (text: string, width: number) =>
  clip(text, width - 2 * CELL_PAD, TABLE_PT, CELL_LINES);

export const indicatorCellText = (e: IndicatorEntry) =>
  capped(`${e.code} ${e.title}`, INDICATOR_COLUMNS.indicator);
/**
 * The direction of travel as two table cells, the column headers naming the comparison; a text
 * in another shape stays whole in the first cell rather than being mangled.
 */
export function directionCells(e: IndicatorEntry): [string, string] {
  const m = /^Previous period: (.*); same period last year: (.*)$/.exec(e.direction);
  return m ? [m[1]!, m[2]!] : [e.direction, ''];
}

function indicatorRowHeight(e: IndicatorEntry): number {
  const c = INDICATOR_COLUMNS;
  const lines = Math.max(
    cell(indicatorCellText(e), c.indicator),
    cell(e.valueText, c.value),
    cell(e.targetText, c.target),
    ratingCell(e.rating.label, c.rating),
    cell(directionCells(e)[0], c.previous),
    cell(directionCells(e)[1], c.lastYear),
  );
  return heightOf(lines, TABLE_PT) + ROW_PAD;
}

export const keyActionCellText = (a: KeyActionEntry) =>
  capped(`${a.code} ${a.title}`, KEY_ACTION_COLUMNS.action);
export const keyActionStatusText = (a: KeyActionEntry) =>
  `${a.rating.label}: ${a.status}${a.percentText !== '–' ? `, ${a.percentText}` : ''}`;
export const keyActionUpdate = (a: KeyActionEntry) =>
  [
    a.commentary,
    a.nextMilestone && `Next: ${a.nextMilestone}`,
    a.revisedDueDate &&
      `Revised due date ${a.revisedDueDate}${a.revisedDueReason ? `: ${a.revisedDueReason}` : ''}`,
  ]
    .filter(Boolean)
    .join('\n') || '–';
export const keyActionNoteText = (a: KeyActionEntry) =>
  capped(keyActionUpdate(a), KEY_ACTION_COLUMNS.commentary);

function keyActionRowHeight(a: KeyActionEntry): number {
  const c = KEY_ACTION_COLUMNS;
  const lines = Math.max(
    cell(keyActionCellText(a), c.action),
    cell(`${a.owner}\nDue ${a.dueDate}`, c.owner),
    ratingCell(keyActionStatusText(a), c.status),
    cell(keyActionNoteText(a), c.commentary),
  );
  return heightOf(lines, TABLE_PT) + ROW_PAD;
}

const HEADER_ROW = heightOf(1, TABLE_PT) + ROW_PAD;
/** "Same period last year" wraps in its column: the indicator table's header is two lines. */
const INDICATOR_HEADER_ROW = heightOf(2, TABLE_PT) + ROW_PAD;
/** Room left for the intro line above a priority's table. */
const INTRO = 0.5;

function countsSentence(columns: string[], counts: number[], total: number): string {
  const parts = columns.flatMap((c, i) => (counts[i] ? [`${counts[i]} ${c}`] : []));
  return `${total} indicator${total === 1 ? '' : 's'}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

function prioritySlides(report: ReportDocument, summary: ReportSummary): PackSlide[] {
  const section = report.chapters.find((c) => c.id === 'indicators')?.sections ?? [];
  return section.flatMap((s) => {
    const rows = s.blocks.flatMap((b) => (b.kind === 'indicator-table' ? b.entries : []));
    const title = s.heading ?? 'Indicators';
    const counted = summary.rows.find((r) => r.label === title);
    const intro = counted
      ? countsSentence(summary.columns, counted.counts, counted.total)
      : `${rows.length} indicators.`;
    if (rows.length === 0)
      return [
        { kind: 'message', title, text: 'No indicators in this report serve this priority.' },
      ];
    const pages = paginate(rows, BODY_HEIGHT - INTRO - INDICATOR_HEADER_ROW, indicatorRowHeight);
    return pages.map((page, i): PackSlide => ({
      kind: 'priority',
      title: partTitle(title, i + 1, pages.length),
      intro: i === 0 ? intro : `${intro} Continued.`,
      rows: page,
    }));
  });
}

function exceptionSlides(entries: IndicatorEntry[]): PackSlide[] {
  if (entries.length === 0)
    return [
      {
        kind: 'message',
        title: 'Exceptions',
        text: 'No indicator is rated Review or Action this period.',
      },
    ];
  // Two cards to a slide; each card's text is held to the card's height (exception-text.ts).
  const pages = paginate(entries, 2, () => 1);
  return pages.map((page, i) => ({
    kind: 'exceptions',
    title: partTitle('Exceptions and their action plans', i + 1, pages.length),
    entries: page,
  }));
}

function keyActionSlides(all: KeyActionEntry[], periodLabel: string): PackSlide[] {
  const atRisk = all.filter((a) => a.statusKey !== null && AT_RISK.has(a.statusKey));
  if (atRisk.length === 0)
    return [
      {
        kind: 'message',
        title: 'Key actions at risk',
        text: `No key action's owner reports a risk for ${periodLabel}.`,
      },
    ];
  // Action (unlikely) before Review (some risk): the worst first, as the exceptions are.
  const ordered = [...atRisk].sort(
    (a, b) => Number(b.statusKey === 'unlikely') - Number(a.statusKey === 'unlikely'),
  );
  const pages = paginate(ordered, BODY_HEIGHT - HEADER_ROW, keyActionRowHeight);
  return pages.map((page, i) => ({
    kind: 'key-actions',
    title: partTitle('Key actions at risk', i + 1, pages.length),
    entries: page,
  }));
}

export function buildPowerPointPack(report: ReportDocument): PowerPointPack {
  const summaryBlocks = blocksOf(report, 'summary');
  const summary = summaryBlocks.find((b) => b.kind === 'summary')?.summary;
  const paragraph = summaryBlocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  const exceptions = blocksOf(report, 'exceptions').flatMap((b) =>
    b.kind === 'indicator-details' ? b.entries : [],
  );
  const keyActions = blocksOf(report, 'key-actions').flatMap((b) =>
    b.kind === 'key-actions' ? b.entries : [],
  );
  const slides: PackSlide[] = [
    { kind: 'title', title: 'Performance pack', subtitle: report.periodLabel },
    ...keyPointSlides(report.narrative),
  ];
  if (summary) {
    const t = summary.totals;
    slides.push({
      kind: 'summary',
      title: 'Summary',
      sentence: countsSentence(summary.columns, t.counts, t.total),
      summary,
      // The full summary and the rating rule are too long for the slide: they go in the notes.
      notes: `${paragraph}\n\n${report.ratingRule}`,
    });
    slides.push(...prioritySlides(report, summary));
  }
  slides.push(...exceptionSlides(exceptions));
  slides.push(...keyActionSlides(keyActions, report.periodLabel));
  return {
    title: 'Performance pack',
    councilName: report.councilName,
    periodLabel: report.periodLabel,
    generatedOn: report.generatedOn,
    slides,
  };
}
