// Excel (exceljs) of the dashboard as a pack, and of one view of it for the tab's download
// buttons: 'dashboard' is the whole pack (Summary, Exceptions, All indicators, Key actions),
// 'exceptions' and 'indicators' the one sheet. Counted on authorised figures only, like the
// reports. Text cells a spreadsheet would run as a formula get a leading apostrophe (OWASP, CSV
// Injection), the same rule as the CSV export (sheet-table.ts); numbers stay numbers.
import { ValidationError } from '../../domain/errors/errors.js';
import type { AppDeps } from '../../app/deps.js';
import { buildDashboard } from '../../app/dashboard/index.js';
import { loadReportData, parseReportPeriod } from '../model/report-data.js';
import { keyActionEntry } from '../model/key-action-entries.js';
import { reportScope } from '../model/scope.js';
import { exceptionsTable, indicatorsTable, keyActionsTable, summaryTable } from './pack-sheets.js';
import type { SheetTable } from './sheet-table.js';
import { cachedView } from '../../app/views/index.js';
import { renderInPlace, type Renderer } from '../render/off-thread/index.js';

export const EXCEL_VIEWS = ['indicators', 'dashboard', 'exceptions'] as const;
export type ExcelView = (typeof EXCEL_VIEWS)[number];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function parseExcelView(view: string | undefined): ExcelView {
  const found = EXCEL_VIEWS.find((v) => v === view);
  if (!found) throw new ValidationError(`must be one of ${EXCEL_VIEWS.join(', ')}`, 'view');
  return found;
}

export async function excelOfView(
  deps: AppDeps,
  view: ExcelView,
  period: string,
  /** Where the workbook is written: in place (the CLI), or the server's worker pool. */
  render: Renderer = renderInPlace,
): Promise<Buffer> {
  // The period is checked first, so a bad one is a 400 naming `period`, never a half-built book.
  const selected = parseReportPeriod(period);
  // The sheets are kept until what they read changes, like the other views.
  const book = await cachedView(deps, 'excel', [view, selected.key], async (d) => {
    const [dashboard, data] = await Promise.all([
      buildDashboard(d, selected.key),
      loadReportData(d, selected),
    ]);
    const indicators = data.cat.indicators;
    const tables: SheetTable[] = [];
    if (view === 'dashboard') tables.push(summaryTable(dashboard));
    if (view !== 'indicators') tables.push(exceptionsTable(dashboard, indicators));
    if (view !== 'exceptions') tables.push(indicatorsTable(dashboard, indicators));
    if (view === 'dashboard') {
      const entries = reportScope(data).keyActions.map((a) => keyActionEntry(data, a));
      tables.push(keyActionsTable(entries));
    }
    const title = { councilName: dashboard.councilName, periodLabel: dashboard.period.label };
    return {
      title: `${dashboard.councilName}: performance dashboard, ${dashboard.period.label}`,
      printTitle: title,
      tables,
    };
  });
  return render({ kind: 'workbook', book });
}

/** The whole pack, as `golden-thread export --format xlsx` writes it. */
export const excelPack = (deps: AppDeps, period: string): Promise<Buffer> =>
  excelOfView(deps, 'dashboard', period);
