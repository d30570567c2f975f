// Turns a status row into the text a report prints. Only an AUTHORISED return's commentary and
// forecast are shown: the status engine hands back the raw return too, which may be a draft. A
// figure not yet authorised is named as provisional in words (never rated); a reopened figure is
// marked restated with its reason; the year-end forecast is rated beside the rating now.
import { deepDiveWords } from './deep-dive-section.js';
import { serviceOf } from '../../domain/model/service-of.js';
import { planForFigure, planStatusWords } from '../../domain/action-plans/index.js';
import type { Indicator } from '../../domain/model/types.js';
import { formatDate, tryParsePeriod } from '../../domain/periods/index.js';
import { DIRECTION_WORDS, directionSentence } from '../../domain/ratings/index.js';
import { formatFigure } from '../../domain/values/index.js';
import { isRestated } from '../../domain/workflow/index.js';
import {
  provisionalWords,
  yearEndForecast,
  type IndicatorStatusRow,
} from '../../app/status/index.js';
import { positionOfStatus } from '../../app/benchmarks/position-of-status.js';
import type { ReportData } from './report-data.js';
import type { ActionPlanEntry, IndicatorEntry, YearEndEntry } from './types.js';

/** The first letter in capitals, for words that start a report's cell or line. */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Why a figure reopened after authorisation was restated (the latest reason), else null. */
export function restatementReason(ret: IndicatorStatusRow['ret']): string | null {
  if (!ret || !isRestated(ret)) return null;
  return ret.restatements!.at(-1)!.reason;
}

/** The mark of a restated figure, in words, wherever a report or open data shows it. */
export const restatedWords = (reason: string) => `Restated — ${reason}`;

/** "Restated — <reason>" for a figure reopened after authorisation. */
export function restatedText(ret: IndicatorStatusRow['ret']): string | null {
  const reason = restatementReason(ret);
  return reason === null ? null : restatedWords(reason);
}

function yearEndOf(
  data: ReportData,
  row: IndicatorStatusRow,
  authorised: IndicatorStatusRow['ret'],
): YearEndEntry | null {
  const forecast = yearEndForecast(
    data.cat,
    data.settings,
    row.indicator,
    row.period.year,
    authorised,
  );
  if (!forecast) return null;
  const { state, label } = forecast.rating;
  return {
    valueText: forecast.valueText,
    targetText: forecast.targetText,
    rating: { state, label },
  };
}

export const DIRECTION_TEXT = DIRECTION_WORDS;

export function directionText(row: IndicatorStatusRow): string {
  return directionSentence(row.direction);
}

function benchmarkText(indicator: Indicator): string {
  if (indicator.benchmarks.length === 0) return 'None recorded';
  return indicator.benchmarks
    .map((b) => `${b.comparator}: ${formatFigure(b.value, indicator)} (${b.year}, ${b.source})`)
    .join('; ');
}

/** "2nd quartile of 16 CIPFA nearest neighbours (5th of 17, counting the council); … average 52.0%". */
function quartileOf(data: ReportData, row: IndicatorStatusRow): IndicatorEntry['quartile'] {
  const p = positionOfStatus(data.comparators, row);
  if (!p) return null;
  const place = p.placeWords ? ` (${p.placeWords})` : '';
  return {
    words: p.words,
    text: `${p.words}${place}; ${p.average.label} ${p.average.text} (${p.source})`,
  };
}

function actionPlanOf(data: ReportData, row: IndicatorStatusRow): ActionPlanEntry | null {
  const plan = planForFigure(data.actionPlans, row.indicator.id, row.ret?.actionPlanId);
  if (!plan) return null;
  return {
    reasons: plan.reasons,
    actions: plan.actions,
    owner: data.cat.people.get(plan.ownerId)?.name ?? 'Not recorded',
    dueDate: formatDate(plan.dueDate),
    expectedRecovery: tryParsePeriod(plan.expectedRecovery)?.label ?? plan.expectedRecovery,
    status: planStatusWords(plan, data.today),
  };
}

export function indicatorEntry(data: ReportData, row: IndicatorStatusRow): IndicatorEntry {
  const { indicator } = row;
  const fmt = (v: number | null) => formatFigure(v, indicator);
  const authorised = row.authorised && row.ret !== null ? row.ret : null;
  const words = row.rating.state === 'provisional' ? provisionalWords(row.ret) : null;
  const provisional = words && capitalised(words);
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
    quartile: quartileOf(data, row),
    commentary: authorised?.commentary ?? '',
    actionPlan: actionPlanOf(data, row),
    persistent: row.persistent,
    ...(row.persistent ? { deepDive: deepDiveWords(data, indicator.id) } : {}),
    provisional,
    restated: restatedText(row.ret),
    yearEnd: yearEndOf(data, row, authorised),
  };
}
