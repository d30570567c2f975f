// Pieces shared by the report builders: the exception order, headline counts and the document shell.
import { formatDate } from '../../domain/periods/index.js';
import { isOffTarget, severity } from '../../domain/ratings/index.js';
import type { IndicatorStatusRow } from '../../app/status/index.js';
import { indicatorEntry } from './entries.js';
import type { ReportData } from './report-data.js';
import type { Block, Chapter, IndicatorEntry, ReportSummary } from './types.js';

const byCode = (a: IndicatorStatusRow, b: IndicatorStatusRow) =>
  a.indicator.code.localeCompare(b.indicator.code, 'en-GB', { numeric: true });

/** Review and Action (or Amber and Red): most severe first, then by code (reporting by exception). */
export function offTargetEntries(data: ReportData, rows: IndicatorStatusRow[]): IndicatorEntry[] {
  return rows
    .filter((r) => isOffTarget(r.rating.state))
    .sort((a, b) => severity(b.rating.state) - severity(a.rating.state) || byCode(a, b))
    .map((r) => indicatorEntry(data, r));
}

/** Entered but not yet authorised: named in words, never rated or counted as a rating. */
export function provisionalEntries(data: ReportData, rows: IndicatorStatusRow[]): IndicatorEntry[] {
  return rows
    .filter((r) => r.rating.state === 'provisional')
    .sort(byCode)
    .map((r) => indicatorEntry(data, r));
}

/** Past the due date with no authorised figure: not yet reportable, so listed without figures. */
export function missingEntries(data: ReportData, rows: IndicatorStatusRow[]): IndicatorEntry[] {
  return rows
    .filter((r) => r.rating.state === 'missing')
    .sort(byCode)
    .map((r) => indicatorEntry(data, r));
}

export function headline(summary: ReportSummary): { label: string; count: number }[] {
  return summary.columns.map((label, i) => ({ label, count: summary.totals.counts[i] ?? 0 }));
}

export function headlineSentence(summary: ReportSummary): string {
  const parts = headline(summary).map((h) => `${h.count} ${h.label}`);
  return `${summary.totals.total} indicators: ${parts.join(', ')}.`;
}

export function shell(data: ReportData) {
  return {
    councilName: data.settings.councilName,
    periodKey: data.selected.key,
    periodLabel: data.selected.label,
    generatedOn: formatDate(data.today),
  };
}

/** A chapter of one untitled section: most chapters are just their blocks. */
export function chapter(id: string, heading: string, blocks: Block[]): Chapter {
  return { id, heading, sections: [{ heading: null, blocks }] };
}
