// Open data: the indicators a council marks as published, with AUTHORISED figures only. A figure,
// rating or commentary appears only when its return is authorised AND the indicator is published
// and not retired; anything else is shown as "No authorised figure yet" with nothing behind it. A
// figure reopened after authorisation is marked restated, with the reason. One period shows each
// indicator as at that period (the status engine every report uses); `all` is every authorised
// figure each published indicator has ever had (its full history).
import type { AppDeps } from '../../app/deps.js';
import { resolvePeriod } from '../../app/dashboard/index.js';
import {
  publishedHistory,
  publishedPeriods,
  type PublishedFigure,
} from '../../app/open-data/index.js';
import { londonDate } from '../../domain/periods/index.js';
import { formatValue } from '../../domain/values/index.js';
import { loadReportData, restatementReason } from '../model/index.js';
import { OPEN_GOVERNMENT_LICENCE, type Licence } from './licence.js';
import { ALL_PERIODS, periodGroups, type PeriodGroup } from './open-data-periods.js';

export interface OpenDataRow {
  code: string;
  title: string;
  definition: string;
  unit: string;
  period: string;
  period_label: string;
  value: number | null;
  value_text: string;
  target: number | null;
  target_text: string;
  rating: string;
  commentary: string;
  /** An authorised figure was reopened and corrected (the earlier one is kept in its history). */
  restated: boolean;
  restated_reason: string;
}

export interface OpenData {
  councilName: string;
  /** The period as typed in a link (`2025/26 Q1`), or `all` for the full history. */
  periodKey: string;
  /** `Q1 2025/26`, or `all periods`. */
  periodLabel: string;
  generatedOn: string;
  licence: Licence;
  /** What the period picker offers. */
  periodGroups: PeriodGroup[];
  /** The period shown when none is chosen. */
  defaultPeriodKey: string;
  rows: OpenDataRow[];
}

export const NOT_YET = 'No authorised figure yet';
export const ALL_PERIODS_LABEL = 'all periods';

const isAll = (text: string | undefined) => text?.trim().toLowerCase() === ALL_PERIODS;

function historyRow(f: PublishedFigure): OpenDataRow {
  const i = f.indicator;
  const reason = restatementReason(f.ret);
  return {
    code: i.code,
    title: i.title,
    definition: i.definition,
    unit: i.unit,
    period: f.period.key,
    period_label: f.period.label,
    value: f.value,
    value_text: formatValue(f.value, i.unit, i.decimals),
    target: f.target,
    target_text: formatValue(f.target, i.unit, i.decimals),
    rating: f.rating.label,
    commentary: f.ret.commentary,
    restated: reason !== null,
    restated_reason: reason ?? '',
  };
}

/** `periodText` is a period (`2025-10`, `2025/26 Q1`), `all`, or absent for the default. */
export async function openData(deps: AppDeps, periodText?: string): Promise<OpenData> {
  const today = londonDate(deps.clock.now());
  const fallback = resolvePeriod(undefined, today);
  const all = isAll(periodText);
  // Parsed before anything is read, so a bad period is refused as cheaply as possible.
  const chosen = all ? null : resolvePeriod(periodText, today);
  const common = {
    generatedOn: today,
    licence: OPEN_GOVERNMENT_LICENCE,
    defaultPeriodKey: fallback.key,
  };
  if (!chosen) {
    const history = await publishedHistory(deps);
    return {
      ...common,
      councilName: history.councilName,
      periodKey: ALL_PERIODS,
      periodLabel: ALL_PERIODS_LABEL,
      periodGroups: periodGroups([fallback, ...history.figures.map((f) => f.period)]),
      rows: history.figures.map(historyRow),
    };
  }
  const [data, published] = await Promise.all([
    loadReportData(deps, chosen),
    publishedPeriods(deps),
  ]);
  const rows = data.rows
    .filter((r) => r.indicator.published && !r.indicator.retired)
    .map((r): OpenDataRow => {
      const i = r.indicator;
      const ok = r.authorised && r.ret !== null && r.value !== null;
      const reason = ok ? restatementReason(r.ret) : null;
      return {
        code: i.code,
        title: i.title,
        definition: i.definition,
        unit: i.unit,
        period: r.period.key,
        period_label: r.period.label,
        value: ok ? r.value : null,
        value_text: ok ? formatValue(r.value, i.unit, i.decimals) : NOT_YET,
        target: r.target,
        target_text: formatValue(r.target, i.unit, i.decimals),
        rating: ok ? r.rating.label : NOT_YET,
        commentary: ok ? (r.ret?.commentary ?? '') : '',
        restated: reason !== null,
        restated_reason: reason ?? '',
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code, 'en-GB', { numeric: true }));
  return {
    ...common,
    councilName: data.settings.councilName,
    periodKey: data.selected.key,
    periodLabel: data.selected.label,
    periodGroups: periodGroups([fallback, ...published, data.selected]),
    rows,
  };
}
