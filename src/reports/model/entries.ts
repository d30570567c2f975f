// Turns a status row into the text a report prints. Only an AUTHORISED return's commentary and
// forecast are shown: the status engine hands back the raw return too, which may be a draft.
import { serviceOf } from '../../domain/model/service-of.js';
import type { Indicator } from '../../domain/model/types.js';
import { formatDate, tryParsePeriod } from '../../domain/periods/index.js';
import type { Direction } from '../../domain/ratings/index.js';
import { formatValue } from '../../domain/values/index.js';
import type { IndicatorStatusRow } from '../../app/status/index.js';
import type { ReportData } from './report-data.js';
import type { ActionPlanEntry, IndicatorEntry } from './types.js';

const DIRECTION_TEXT: Record<Direction, string> = {
  improving: 'improving',
  worsening: 'worsening',
  'no-change': 'no change',
  'not-comparable': 'not comparable',
};

export function directionText(row: IndicatorStatusRow): string {
  const { vsPrevious, vsLastYear } = row.direction;
  return `Previous period: ${DIRECTION_TEXT[vsPrevious]}; same period last year: ${DIRECTION_TEXT[vsLastYear]}`;
}

function benchmarkText(indicator: Indicator): string {
  if (indicator.benchmarks.length === 0) return 'None recorded';
  return indicator.benchmarks
    .map(
      (b) =>
        `${b.comparator}: ${formatValue(b.value, indicator.unit, indicator.decimals)} (${b.year}, ${b.source})`,
    )
    .join('; ');
}

function actionPlanOf(data: ReportData, row: IndicatorStatusRow): ActionPlanEntry | null {
  const linked = row.ret?.actionPlanId ? data.actionPlans.get(row.ret.actionPlanId) : undefined;
  const plan =
    linked ??
    [...data.actionPlans.values()].find(
      (p) => p.indicatorId === row.indicator.id && p.status === 'open',
    );
  if (!plan) return null;
  return {
    reasons: plan.reasons,
    actions: plan.actions,
    owner: data.cat.people.get(plan.ownerId)?.name ?? 'Not recorded',
    dueDate: formatDate(plan.dueDate),
    expectedRecovery: tryParsePeriod(plan.expectedRecovery)?.label ?? plan.expectedRecovery,
    status: plan.status === 'open' ? 'Open' : 'Closed',
  };
}

export function indicatorEntry(data: ReportData, row: IndicatorStatusRow): IndicatorEntry {
  const { indicator } = row;
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals);
  const authorised = row.authorised && row.ret !== null ? row.ret : null;
  return {
    id: indicator.id,
    code: indicator.code,
    title: indicator.title,
    service: serviceOf(data.cat.services, indicator.serviceId)?.name ?? '',
    periodLabel: row.period.label,
    value: row.value,
    valueText: fmt(row.value),
    targetText: fmt(row.target),
    rating: { state: row.rating.state, label: row.rating.label },
    direction: directionText(row),
    ytdText:
      row.ytdValue === null && row.ytdTarget === null
        ? '–'
        : `${fmt(row.ytdValue)} against ${fmt(row.ytdTarget)}`,
    forecastText: fmt(authorised?.forecast ?? null),
    benchmarkText: benchmarkText(indicator),
    commentary: authorised?.commentary ?? '',
    actionPlan: actionPlanOf(data, row),
    persistent: row.persistent,
  };
}
