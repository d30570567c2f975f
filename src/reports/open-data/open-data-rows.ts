// Open data: the indicators a council marks as published, with AUTHORISED figures only. A figure,
// rating or commentary appears only when its return is authorised AND the indicator is published
// and not retired; anything else is shown as "No authorised figure yet" with nothing behind it. A
// figure reopened after authorisation is marked restated, with the reason.
import type { AppDeps } from '../../app/deps.js';
import { resolvePeriod } from '../../app/dashboard/index.js';
import { londonDate } from '../../domain/periods/index.js';
import { formatValue } from '../../domain/values/index.js';
import { loadReportData, restatementReason } from '../model/index.js';

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
  /** The period as typed in a link (`2025/26 Q1`). */
  periodKey: string;
  periodLabel: string;
  generatedOn: string;
  rows: OpenDataRow[];
}

export const NOT_YET = 'No authorised figure yet';

export async function openData(deps: AppDeps, periodText?: string): Promise<OpenData> {
  const today = londonDate(deps.clock.now());
  const data = await loadReportData(deps, resolvePeriod(periodText, today));
  const rows = data.rows
    .filter((r) => r.indicator.published && !r.indicator.retired)
    .map((r): OpenDataRow => {
      const i = r.indicator;
      const ok = r.authorised && r.ret !== null && r.value !== null;
      const reason = restatementReason(r.ret);
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
    councilName: data.settings.councilName,
    periodKey: data.selected.key,
    periodLabel: data.selected.label,
    generatedOn: data.today,
    rows,
  };
}
