// The status of every indicator at a chosen period: its figure for the latest period of its own
// frequency that has ended by then, rated, with direction of travel, year to date and the
// persistent under-performance flag. One engine behind the dashboard, the CLI's `rate` and `export`,
// and the reports, so they can never disagree.
import { isProvisional } from './basis.js';
import type {
  CouncilSettings,
  Indicator,
  IndicatorReturn,
  RatingState,
} from '../../domain/model/types.js';
import {
  kindForFrequency,
  periodContaining,
  previousPeriod,
  samePeriodLastYear,
  yearToDatePeriods,
  type Period,
} from '../../domain/periods/index.js';
import {
  directionOfTravel,
  persistentUnderPerformance,
  type DirectionOfTravel,
} from '../../domain/ratings/index.js';
import { yearToDateTarget, yearToDateValue } from '../../domain/targets/index.js';
import type { Store } from '../../domain/ports/store.js';
import { targetFor, type Catalogue } from '../catalogue/index.js';
import { periodFacts, rateStoredReturn } from '../returns/period-context.js';
import { ratingView, type RatingView } from '../returns/return-view.js';

export interface StatusOptions {
  /** Count only authorised figures (reports, open data); otherwise any entered figure counts. */
  authorisedOnly: boolean;
}

export interface IndicatorStatusRow {
  indicator: Indicator;
  period: Period;
  dueDate: string;
  ret: (IndicatorReturn & { version: string }) | null;
  value: number | null;
  target: number | null;
  rating: RatingView;
  direction: DirectionOfTravel;
  ytdValue: number | null;
  ytdTarget: number | null;
  persistent: boolean;
  authorised: boolean;
}

/** The latest period of the indicator's frequency that has ended by the end of `selected`. */
export function periodForIndicator(indicator: Indicator, selected: Period): Period {
  const own = periodContaining(selected.end, kindForFrequency(indicator.frequency));
  return own.end <= selected.end ? own : previousPeriod(own);
}

function previousRun(p: Period, count: number): Period[] {
  const run: Period[] = [p];
  while (run.length < count) run.unshift(previousPeriod(run[0]!));
  return run;
}

function neededPeriods(indicators: readonly Indicator[], selected: Period, runs: number): Period[] {
  const byKey = new Map<string, Period>();
  for (const indicator of indicators) {
    const p = periodForIndicator(indicator, selected);
    for (const q of [...yearToDatePeriods(p), ...previousRun(p, runs + 1), samePeriodLastYear(p)]) {
      byKey.set(q.key, q);
    }
  }
  return [...byKey.values()];
}

export type ReturnIndex = Map<string, IndicatorReturn & { version: string }>;

/**
 * Returns for the given periods, keyed `${indicatorId}|${periodKey}`. One read of the whole list,
 * filtered here: both stores hold a whole list decoded in memory, so this is a walk over it,
 * where a query per period (a dozen for a year to date, runs and last year) decoded or scanned
 * each period's returns again.
 */
export async function loadReturnIndex(
  store: Store,
  periods: readonly Period[],
): Promise<ReturnIndex> {
  const wanted = new Set(periods.map((p) => p.key));
  const index: ReturnIndex = new Map();
  for (const item of await store.query('returns')) {
    if (!wanted.has(item.fields.periodKey)) continue;
    index.set(`${item.fields.indicatorId}|${item.fields.periodKey}`, {
      ...item.fields,
      id: item.id,
      version: item.version,
    });
  }
  return index;
}

export interface StatusInput {
  cat: Catalogue;
  settings: CouncilSettings;
  today: string;
  selected: Period;
  options: StatusOptions;
}

export async function indicatorStatuses(
  store: Store,
  input: StatusInput,
  indicators: readonly Indicator[] = [...input.cat.indicators.values()].filter((i) => !i.retired),
): Promise<IndicatorStatusRow[]> {
  const runs = input.settings.persistentRuns;
  const index = await loadReturnIndex(store, neededPeriods(indicators, input.selected, runs));
  return indicators.map((indicator) => statusOf(indicator, index, input));
}

function counted(
  ret: IndicatorReturn | undefined,
  options: StatusOptions,
): IndicatorReturn | undefined {
  if (!ret) return undefined;
  if (options.authorisedOnly) return ret.state === 'authorised' ? ret : undefined;
  return ret.state === 'due' && ret.value === null && !ret.notAvailableReason ? undefined : ret;
}

export function statusOf(
  indicator: Indicator,
  index: ReturnIndex,
  input: StatusInput,
): IndicatorStatusRow {
  const { cat, settings, today, options } = input;
  const p = periodForIndicator(indicator, input.selected);
  const facts = periodFacts(cat, settings, indicator.id, p.key);
  const raw = index.get(`${indicator.id}|${p.key}`) ?? null;
  const ret = counted(raw ?? undefined, options);
  const value = ret?.value ?? null;
  const rateAt = (q: Period): RatingState => {
    const r = counted(index.get(`${indicator.id}|${q.key}`), options);
    const f = periodFacts(cat, settings, indicator.id, q.key);
    return rateStoredReturn(
      indicator,
      r ?? { value: null, notAvailableReason: null },
      f,
      settings,
      today,
    ).state;
  };
  // A figure entered but not authorised is neither rated nor "missing" on the authorised basis:
  // it is provisional, shown as such and counted apart from every rating.
  const rating =
    !ret && isProvisional(raw)
      ? { state: 'provisional' as const, relativeDifference: null }
      : rateStoredReturn(
          indicator,
          ret ?? { value: null, notAvailableReason: null },
          facts,
          settings,
          today,
        );
  const valueAt = (q: Period) =>
    counted(index.get(`${indicator.id}|${q.key}`), options)?.value ?? null;
  const ytd = yearToDatePeriods(p);
  return {
    indicator,
    period: p,
    dueDate: facts.dueDate,
    ret: raw,
    value,
    target: facts.target,
    rating: ratingView(rating.state, rating.relativeDifference),
    direction: {
      vsPrevious: directionOfTravel(
        value,
        valueAt(previousPeriod(p)),
        indicator.polarity,
        indicator.decimals,
      ),
      vsLastYear: directionOfTravel(
        value,
        valueAt(samePeriodLastYear(p)),
        indicator.polarity,
        indicator.decimals,
      ),
    },
    ytdValue: yearToDateValue(ytd.map(valueAt), indicator.ytd),
    ytdTarget: yearToDateTarget(
      ytd.map((q) => targetFor(cat, indicator.id, q.year, q.key)),
      indicator.ytd,
    ),
    persistent: persistentUnderPerformance(
      previousRun(p, settings.persistentRuns).map(rateAt),
      settings.persistentRuns,
    ),
    authorised: raw?.state === 'authorised',
  };
}
