// The corporate health dashboard for a month (the Leadership dashboard as a one-page PDF and a
// PNG for packs and emails): counts by rating overall, per priority and per directorate, the most
// severe exceptions, key-action progress and persistent under-performance. Authorised figures only.
import { serviceOf } from '../../domain/model/service-of.js';
import { keyActionRating } from '../../domain/ratings/index.js';
import type { IndicatorStatusRow } from '../../app/status/index.js';
import { offTargetEntries, shell } from './common.js';
import { reportNarrative } from './narrative.js';
import type { ReportData } from './report-data.js';
import { reportScope } from './scope.js';
import { buildSummary, groupByPriority, ratingRule, type PriorityGroup } from './summary.js';
import type { IndicatorEntry, ReportSummary, SummaryRow } from './types.js';

/** How many exceptions fit on the one page; the rest are counted. */
export const DASHBOARD_EXCEPTIONS = 12;

export interface HealthDashboard {
  councilName: string;
  periodKey: string;
  periodLabel: string;
  generatedOn: string;
  byPriority: ReportSummary;
  byDirectorate: SummaryRow[];
  keyActions: SummaryRow;
  exceptions: IndicatorEntry[];
  moreExceptions: number;
  persistent: { code: string; title: string }[];
  ratingRule: string;
  /** The narrative summary, as the tab's dashboard shows it (drawn under the PDF's title). */
  narrative: string[];
}

function directorateGroups(data: ReportData, rows: IndicatorStatusRow[]): PriorityGroup[] {
  const groups = [...data.cat.directorates.values()]
    .map((d): PriorityGroup => ({ id: d.id, title: d.name, rows: [] }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const row of rows) {
    const service = serviceOf(data.cat.services, row.indicator.serviceId);
    if (service) byId.get(service.directorateId)?.rows.push(row);
  }
  return groups;
}

export function buildHealthDashboard(data: ReportData): HealthDashboard {
  const scope = reportScope(data);
  const byPriority = buildSummary(data, scope.rows, groupByPriority(data, scope.rows));
  const byDirectorate = buildSummary(data, scope.rows, directorateGroups(data, scope.rows)).rows;
  const levels = byPriority.states;
  const actionLevels = scope.keyActions.map((a) => keyActionRating(a.status, a.outcome));
  const keyActions: SummaryRow = {
    label: 'Key actions',
    counts: levels.map((s) => (s === null ? 0 : actionLevels.filter((l) => l === s).length)),
    total: actionLevels.length,
  };
  const exceptions = offTargetEntries(data, scope.rows);
  return {
    ...shell(data),
    byPriority,
    byDirectorate,
    keyActions,
    exceptions: exceptions.slice(0, DASHBOARD_EXCEPTIONS),
    moreExceptions: Math.max(0, exceptions.length - DASHBOARD_EXCEPTIONS),
    persistent: scope.rows
      .filter((r) => r.persistent)
      .map((r) => ({ code: r.indicator.code, title: r.indicator.title })),
    ratingRule: ratingRule(data),
    narrative: reportNarrative(data, scope.rows),
  };
}
