// The four views of the Excel pack, as tables: Summary (counts by rating for the council, each
// priority and directorate, and key actions), Exceptions (with their action plans), All indicators
// and Key actions. Headers and ratings use the words the tab and the reports show: rating labels
// from RATING_LABELS, directions of travel from the reports' wording, key-action entries from the
// reports' model. Figures stay numbers, formatted per indicator (number-format.ts).
import type { Dashboard, DashboardException, DashboardRow } from '../../app/dashboard/index.js';
import type { Indicator, RatingState } from '../../domain/model/types.js';
import { RATING_LABELS, type Direction } from '../../domain/ratings/index.js';
import { DIRECTION_TEXT } from '../model/entries.js';
import type { KeyActionEntry } from '../model/types.js';
import { excelFigure } from './number-format.js';
import type { SheetTable, TableCell, TableColumn } from './sheet-table.js';

export const SHEET_NAMES = {
  summary: 'Summary',
  exceptions: 'Exceptions',
  indicators: 'All indicators',
  keyActions: 'Key actions',
} as const;

const yes = (b: boolean): string => (b ? 'Yes' : '');

/** A figure as a number in the indicator's format; the text is what it shows, for widths. */
function figure(value: number | null, indicator: Indicator | undefined): TableCell {
  if (value === null) return null;
  return indicator ? excelFigure(value, indicator) : value;
}

const directionWords = (d: Direction): string => DIRECTION_TEXT[d];

const FIGURE_COLUMNS: TableColumn[] = [
  { header: 'Code', maxWidth: 10 },
  { header: 'Indicator', maxWidth: 40 },
  { header: 'Service', maxWidth: 18 },
  { header: 'Directorate', maxWidth: 18 },
  { header: 'Period', maxWidth: 11 },
  { header: 'Value', numeric: true, maxWidth: 14 },
  { header: 'Target', numeric: true, maxWidth: 14 },
  { header: 'Rating now', maxWidth: 12 },
  { header: 'Direction of travel: last period', maxWidth: 12 },
  { header: 'Direction of travel: last year', maxWidth: 12 },
  { header: 'Persistent', maxWidth: 11 },
];

function figureCells(r: DashboardRow, indicators: Map<string, Indicator>): TableCell[] {
  const indicator = indicators.get(r.indicatorId);
  return [
    r.code,
    r.title,
    r.service,
    r.directorate,
    r.periodLabel,
    figure(r.value, indicator),
    figure(r.target, indicator),
    r.rating.label,
    directionWords(r.direction.vsPrevious),
    directionWords(r.direction.vsLastYear),
    yes(r.persistent),
  ];
}

export function summaryTable(d: Dashboard): SheetTable {
  // Only the ratings that occur, best first as RATING_LABELS lists them, so the header reads
  // "Strong, Good, Review, Action, … Not due" rather than carrying empty columns.
  const states = (Object.keys(RATING_LABELS) as RatingState[]).filter(
    (s) => (d.totals[s] ?? 0) > 0 || (d.keyActions[s] ?? 0) > 0,
  );
  const countsRow = (
    group: string,
    name: string,
    counts: Partial<Record<string, number>>,
  ): TableCell[] => [group, name, ...states.map((s) => counts[s] ?? 0), counts.total ?? 0];
  return {
    name: SHEET_NAMES.summary,
    columns: [
      { header: 'Group', maxWidth: 14 },
      { header: 'Name', maxWidth: 40 },
      ...states.map((s) => ({ header: RATING_LABELS[s], numeric: true, maxWidth: 12 })),
      { header: 'Total', numeric: true, maxWidth: 8 },
    ],
    rows: [
      countsRow('Council', 'All indicators', d.totals),
      ...d.byPriority.map((r) => countsRow('Priority', r.name, r.counts)),
      ...d.byDirectorate.map((r) => countsRow('Directorate', r.name, r.counts)),
      countsRow('Key actions', 'All key actions', d.keyActions),
    ],
  };
}

export function exceptionsTable(d: Dashboard, indicators: Map<string, Indicator>): SheetTable {
  const plan = (e: DashboardException): TableCell[] => {
    const p = e.actionPlan;
    if (!p) return ['No action plan recorded', '', '', ''];
    return [p.reasons, p.actions, p.owner, p.statusLabel];
  };
  // The service is left out here (the directorate stays) so the action plan's words fit one
  // printed page wide at a size people can read.
  const SERVICE = FIGURE_COLUMNS.findIndex((c) => c.header === 'Service');
  const withoutService = <T>(cells: T[]): T[] => cells.filter((_, i) => i !== SERVICE);
  return {
    name: SHEET_NAMES.exceptions,
    columns: [
      ...withoutService(FIGURE_COLUMNS),
      { header: 'Commentary', maxWidth: 32 },
      { header: 'Reasons', maxWidth: 32 },
      { header: 'Actions', maxWidth: 32 },
      { header: 'Action plan owner', maxWidth: 16 },
      { header: 'Action plan status', maxWidth: 18 },
    ],
    rows: d.exceptions.map((e) => [
      ...withoutService(figureCells(e, indicators)),
      e.authorised ? e.commentary : '',
      ...plan(e),
    ]),
  };
}

export function indicatorsTable(d: Dashboard, indicators: Map<string, Indicator>): SheetTable {
  return {
    name: SHEET_NAMES.indicators,
    columns: [
      ...FIGURE_COLUMNS,
      { header: 'Year-end forecast', maxWidth: 22 },
      { header: 'Not yet authorised', maxWidth: 16 },
      { header: 'Commentary', maxWidth: 40 },
    ],
    rows: d.indicators.map((r) => [
      ...figureCells(r, indicators),
      r.yearEnd
        ? `${r.yearEnd.rating.label}: ${r.yearEnd.valueText} against ${r.yearEnd.targetText}`
        : '',
      r.provisionalLabel ?? '',
      // Commentary is published with the figure: a provisional one is not shown yet.
      r.authorised ? r.commentary : '',
    ]),
  };
}

const PERCENT = { numFmt: '0"%"' };

export function keyActionsTable(entries: readonly KeyActionEntry[]): SheetTable {
  return {
    name: SHEET_NAMES.keyActions,
    columns: [
      { header: 'Code', maxWidth: 10 },
      { header: 'Key action', maxWidth: 45 },
      { header: 'Service', maxWidth: 22 },
      { header: 'Owner', maxWidth: 20 },
      { header: 'Due date', maxWidth: 11 },
      { header: 'Revised due date', maxWidth: 11 },
      { header: 'Status', maxWidth: 22 },
      { header: '% complete', numeric: true, maxWidth: 10 },
      { header: 'Rating', maxWidth: 12 },
      { header: 'Commentary', maxWidth: 45 },
      { header: 'Next milestone', maxWidth: 30 },
      { header: 'Note', maxWidth: 40 },
    ],
    rows: entries.map((e) => [
      e.code,
      e.title,
      e.service,
      e.owner,
      e.dueDate,
      e.revisedDueDate,
      e.status,
      e.percentComplete === null
        ? null
        : { value: e.percentComplete, ...PERCENT, text: e.percentText },
      e.rating.label,
      e.commentary,
      e.nextMilestone,
      [e.asAt && `Update of ${e.asAt}.`, e.note].filter(Boolean).join(' '),
    ]),
  };
}
