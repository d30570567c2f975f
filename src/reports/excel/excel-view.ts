// Excel (exceljs) of a list or dashboard view the tab shows. Text cells that a spreadsheet would
// run as a formula (= + - @, tab, carriage return) get a leading apostrophe (OWASP, CSV
// Injection), the same rule as the CSV export; numbers stay numbers.
import ExcelJS from 'exceljs';
import { ValidationError } from '../../domain/errors/errors.js';
import type { AppDeps } from '../../app/deps.js';
import { buildDashboard, type DashboardRow } from '../../app/dashboard/index.js';
import { exportRows, EXPORT_COLUMNS, protectCell } from '../../app/export/index.js';
import type { RatingState } from '../../domain/model/types.js';
import { RATING_LABELS } from '../../domain/ratings/index.js';

export const EXCEL_VIEWS = ['indicators', 'dashboard', 'exceptions'] as const;
export type ExcelView = (typeof EXCEL_VIEWS)[number];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = string | number | boolean | null;

function addSheet(book: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows)
    sheet.addRow(row.map((v) => (typeof v === 'boolean' ? (v ? 'Yes' : 'No') : protectCell(v))));
  sheet.columns.forEach((c, i) => {
    c.width = Math.min(60, Math.max(10, header[i]!.length + 2));
  });
}

const DASHBOARD_HEADER = [
  'Code',
  'Indicator',
  'Service',
  'Directorate',
  'Period',
  'Value',
  'Target',
  'Rating now',
  'Year-end forecast',
  'Direction (previous period)',
  'Persistent',
  'Authorised',
  'Not yet authorised',
  'Commentary',
];
const dashboardCells = (r: DashboardRow): Cell[] => [
  r.code,
  r.title,
  r.service,
  r.directorate,
  r.periodLabel,
  r.value,
  r.target,
  r.rating.label,
  r.yearEnd
    ? `${r.yearEnd.rating.label}: ${r.yearEnd.valueText} against ${r.yearEnd.targetText}`
    : '',
  r.direction.vsPrevious,
  r.persistent,
  r.authorised,
  r.provisionalLabel ?? '',
  r.authorised ? r.commentary : '',
];

export function parseExcelView(view: string | undefined): ExcelView {
  const found = EXCEL_VIEWS.find((v) => v === view);
  if (!found) throw new ValidationError(`must be one of ${EXCEL_VIEWS.join(', ')}`, 'view');
  return found;
}

export async function excelOfView(deps: AppDeps, view: ExcelView, period: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Golden Thread';
  if (view === 'indicators') {
    const rows = await exportRows(deps, period, { authorisedOnly: true });
    addSheet(
      book,
      'Indicators',
      [...EXPORT_COLUMNS],
      rows.map((r) => EXPORT_COLUMNS.map((c) => r[c] as Cell)),
    );
  } else {
    const d = await buildDashboard(deps, period);
    if (view === 'dashboard') {
      const cols = (Object.keys(d.totals) as (RatingState | 'total')[]).filter(
        (k): k is RatingState => k !== 'total',
      );
      const heads = cols.map((c) => RATING_LABELS[c]);
      const counts = (r: { name: string; counts: Record<string, number | undefined> }): Cell[] => [
        r.name,
        ...cols.map((c) => r.counts[c] ?? 0),
        r.counts.total ?? 0,
      ];
      addSheet(book, 'By priority', ['Priority', ...heads, 'Total'], d.byPriority.map(counts));
      addSheet(
        book,
        'By directorate',
        ['Directorate', ...heads, 'Total'],
        d.byDirectorate.map(counts),
      );
      addSheet(book, 'Indicators', DASHBOARD_HEADER, d.indicators.map(dashboardCells));
    } else {
      addSheet(
        book,
        'Exceptions',
        [...DASHBOARD_HEADER, 'Action plan'],
        d.exceptions.map((e) => [
          ...dashboardCells(e),
          e.actionPlan
            ? `${e.actionPlan.reasons} ${e.actionPlan.actions} (owner ${e.actionPlan.owner})`
            : '',
        ]),
      );
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
