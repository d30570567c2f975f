// One entry point for the CLI and the HTTP routes: check the request, load the authorised data
// once, build the view model and render it. Bad input is a ValidationError naming the field.
import { ValidationError } from '../domain/errors/errors.js';
import { parsePeriod, periodContaining, type Period } from '../domain/periods/index.js';
import type { AppDeps } from '../app/deps.js';
import {
  buildAnnualReport,
  buildPerformanceBudgetReport,
  buildExceptionReport,
  buildHealthDashboard,
  buildHighlightReport,
  buildMonitoringStatement,
  buildQuarterlyReport,
  buildStrategicDashboardReport,
  findPortfolio,
  loadReportData,
  monitoringPeriod,
  parseReportPeriod,
  type ReportDocument,
} from './model/index.js';
import { pdfToPngs, type ReportAssets } from './render/index.js';
import { cachedView } from '../app/views/index.js';
import { positionFor } from '../app/budget/index.js';
import { loadCatalogue } from '../app/catalogue/index.js';
import { loadSettings } from '../app/settings.js';
import { asAtDate, strategicDashboardFor } from '../app/strategic-dashboard/index.js';
import { londonDate } from '../domain/periods/index.js';
import { renderInPlace, type Renderer } from './render/off-thread/index.js';

import { REPORT_KINDS, type OutputFormat, type ReportRequestKind } from '../api/reports.js';

export { REPORT_KINDS, type OutputFormat, type ReportRequestKind };

export const FORMATS_OF: Record<ReportRequestKind, readonly OutputFormat[]> = {
  quarterly: ['docx', 'pdf'],
  portfolio: ['docx', 'pdf'],
  exception: ['docx', 'pdf'],
  annual: ['docx', 'pdf'],
  highlight: ['docx', 'pdf'],
  monitoring: ['docx', 'pdf'],
  dashboard: ['pdf', 'png', 'pptx'],
  'performance-budget': ['docx', 'pdf'],
  // A PDF for the meeting pack first (the "Strategic dashboard" report); Word comes free.
  'strategic-dashboard': ['pdf', 'docx'],
};

export const CONTENT_TYPES: Record<OutputFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  png: 'image/png',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export interface ReportRequest {
  kind: string;
  period: string | undefined;
  format: string | undefined;
  portfolio?: string | undefined;
  /** The strategic dashboard's date (YYYY-MM-DD; default today): it has no period. */
  asAt?: string | undefined;
}

export interface ReportFile {
  bytes: Buffer;
  contentType: string;
  filename: string;
}

/** The kinds made for a period; the strategic dashboard is made as at a date instead. */
type PeriodKind = Exclude<ReportRequestKind, 'strategic-dashboard'>;

function checkKindAndFormat(req: ReportRequest): { kind: ReportRequestKind; format: OutputFormat } {
  const kind = REPORT_KINDS.find((k) => k === req.kind);
  if (!kind) throw new ValidationError(`must be one of ${REPORT_KINDS.join(', ')}`, 'kind');
  const allowed = FORMATS_OF[kind];
  const format = allowed.find((f) => f === (req.format ?? allowed[0])?.toLowerCase());
  if (!format) throw new ValidationError(`${kind} is made as ${allowed.join(' or ')}`, 'format');
  return { kind, format };
}

export function checkRequest(req: ReportRequest): {
  kind: PeriodKind;
  format: OutputFormat;
  period: Period;
} {
  const { kind, format } = checkKindAndFormat(req);
  if (kind === 'strategic-dashboard')
    throw new ValidationError('is made as at a date (asAt), not for a period', 'kind');
  if (kind === 'portfolio' && !req.portfolio?.trim()) {
    throw new ValidationError('is required for a portfolio report (id or name)', 'portfolio');
  }
  let period = parseReportPeriod(req.period);
  // The annual report covers a financial year; the dashboard looks at one month.
  if (kind === 'annual') period = parsePeriod(period.year);
  // The PowerPoint pack briefs on the period as asked (usually a quarter), like the quarterly report.
  if (kind === 'dashboard' && format !== 'pptx' && period.kind !== 'month')
    period = periodContaining(period.end, 'month');
  // The Programme Board meets on the quarter's updates; the monitoring statement is half-yearly;
  // budget lines, and so the Performance and Budget report, are quarterly.
  if ((kind === 'highlight' || kind === 'performance-budget') && period.kind !== 'quarter')
    throw new ValidationError(
      `the ${kind === 'highlight' ? 'highlight' : 'Performance and Budget'} report covers a quarter, e.g. "${period.year} Q2"`,
      'period',
    );
  if (kind === 'monitoring') period = monitoringPeriod(period);
  return { kind, format, period };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export async function buildReportDocument(
  deps: AppDeps,
  kind: Exclude<PeriodKind, 'dashboard'>,
  period: Period,
  portfolio?: string,
): Promise<ReportDocument> {
  const data = await loadReportData(deps, period);
  switch (kind) {
    case 'quarterly':
      return buildQuarterlyReport(data);
    case 'portfolio':
      return buildQuarterlyReport(data, findPortfolio(data.cat, portfolio ?? ''));
    case 'exception':
      return buildExceptionReport(data);
    case 'annual':
      return buildAnnualReport(data);
    case 'highlight':
      return buildHighlightReport(data);
    case 'monitoring':
      return buildMonitoringStatement(data);
    case 'performance-budget':
      return buildPerformanceBudgetReport(
        data,
        await positionFor(deps, data.cat, { year: period.year, quarter: period.index }),
      );
  }
}

export async function generateReport(
  deps: AppDeps,
  req: ReportRequest,
  assets: ReportAssets = {},
  /** Where the layout work runs: in place (the CLI), or a worker pool (the server). */
  render: Renderer = renderInPlace,
): Promise<ReportFile> {
  if (checkKindAndFormat(req).kind === 'strategic-dashboard')
    return strategicDashboardFile(deps, req, assets, render);
  const { kind, format, period } = checkRequest(req);
  const name = (extra: string) =>
    `${[kind, extra, slug(period.key)].filter(Boolean).join('-')}.${format}`;
  // The view models are kept until what they read changes (a committee pack downloaded by many
  // people is built once); the layout runs wherever `render` sends it.
  const documentOf = (of: Exclude<PeriodKind, 'dashboard'>, portfolio?: string) =>
    cachedView(deps, 'report', [of, period.key, portfolio ?? null], (d) =>
      buildReportDocument(d, of, period, portfolio),
    );
  if (kind === 'dashboard' && format === 'pptx') {
    const bytes = await render({ kind: 'pack-pptx', report: await documentOf('quarterly') });
    return { bytes, contentType: CONTENT_TYPES[format], filename: name('pack') };
  }
  if (kind === 'dashboard') {
    const dashboard = await cachedView(deps, 'report', ['dashboard', period.key], async (d) =>
      buildHealthDashboard(await loadReportData(d, period)),
    );
    const pdf = await render({ kind: 'dashboard-pdf', dashboard });
    const bytes = format === 'pdf' ? pdf : (await pdfToPngs(pdf, 150))[0]!;
    return { bytes, contentType: CONTENT_TYPES[format], filename: name('') };
  }
  const report = await documentOf(kind, req.portfolio);
  const bytes = await render({
    kind: format === 'docx' ? 'report-docx' : 'report-pdf',
    report,
    assets,
  });
  const extra = kind === 'portfolio' ? slug(report.title.replace(/^.*?: /, '')) : '';
  return { bytes, contentType: CONTENT_TYPES[format], filename: name(extra) };
}

/** The strategic dashboard as at a date (the caller has checked who asks: a route, or the CLI). */
async function strategicDashboardFile(
  deps: AppDeps,
  req: ReportRequest,
  assets: ReportAssets,
  render: Renderer,
): Promise<ReportFile> {
  const { format } = checkKindAndFormat(req);
  const asAt = asAtDate(deps, req.asAt);
  const report = await cachedView(deps, 'report', ['strategic-dashboard', asAt], async (d) => {
    const cat = await loadCatalogue(d.store);
    const [view, settings] = await Promise.all([
      strategicDashboardFor(d, cat, { asAt }),
      loadSettings(d.store),
    ]);
    return buildStrategicDashboardReport(view, settings, londonDate(d.clock.now()));
  });
  const bytes = await render({
    kind: format === 'docx' ? 'report-docx' : 'report-pdf',
    report,
    assets,
  });
  return {
    bytes,
    contentType: CONTENT_TYPES[format],
    filename: `strategic-dashboard-${asAt}.${format}`,
  };
}
