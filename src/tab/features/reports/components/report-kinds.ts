// What each report is, who it is for and which period it covers, in the words the page shows.
import type { PeriodKind } from '../../../shared/api/index.js';
import type { ReportFormat, ReportKind } from '../api/index.js';

export interface ReportKindInfo {
  title: string;
  audience: string;
  /** `edition`: made as at a strategic dashboard edition's date, not for a period. */
  period: Extract<PeriodKind, 'month' | 'quarter' | 'half' | 'year'> | 'edition';
}

export const REPORT_INFO: Record<ReportKind, ReportKindInfo> = {
  quarterly: {
    title: 'Quarterly Performance Report',
    audience:
      'For Cabinet and Scrutiny: exceptions first, with commentary and action plans, then every indicator by priority and the progress of key actions.',
    period: 'quarter',
  },
  portfolio: {
    title: 'Portfolio report',
    audience: "The quarterly report for one Cabinet member's portfolio.",
    period: 'quarter',
  },
  exception: {
    title: 'Exception report',
    audience:
      'For the Leadership Team: only the indicators that are not as expected, and what is being done about them.',
    period: 'quarter',
  },
  annual: {
    title: 'Annual report',
    audience: "The year's successes and challenges, for publication.",
    period: 'year',
  },
  highlight: {
    title: 'Programme Board highlight report',
    audience:
      "For the Programme Board: each corporate project's status, progress, milestones, issues and next steps, from its owner's update for the quarter.",
    period: 'quarter',
  },
  monitoring: {
    title: 'Business Plan Monitoring Statement',
    audience:
      "Twice a year, at the half year and the year end: every service plan's key actions grouped by status, with the counts for each service.",
    period: 'half',
  },
  dashboard: {
    title: 'Corporate health dashboard',
    audience:
      'The Leadership dashboard for a month on one page: a PDF for meeting packs, a PNG for emails, and a PowerPoint pack of slides to brief from.',
    period: 'month',
  },
  'performance-budget': {
    title: 'Performance and Budget Report',
    audience:
      'For Cabinet and Council each quarter: performance by priority, the budget position and forecast outturn by directorate, the top risks and the exceptions.',
    period: 'quarter',
  },
  'strategic-dashboard': {
    title: 'Strategic dashboard',
    audience:
      'For the Leadership Team, Cabinet and the Corporate Management Team on the council’s own cadence: the latest authorised figures as at an edition’s date, the key development areas, the risks above tolerance and the budget variance.',
    period: 'edition',
  },
};

export const PERIOD_LABEL: Record<ReportKindInfo['period'], string> = {
  month: 'Month',
  quarter: 'Quarter',
  half: 'Half year or year end',
  year: 'Financial year',
  edition: 'Edition',
};

export const FORMAT_NAME: Record<ReportFormat, string> = {
  docx: 'Word',
  pdf: 'PDF',
  png: 'PNG',
  pptx: 'PowerPoint pack',
};
