// The facts a return needs about its period: the Period itself, its financial year, its due date,
// and the profiled target. Shared by the views, the ratings and the commands.
import type { CouncilSettings, Indicator, IndicatorReturn } from '../../domain/model/types.js';
import { dueDateFor, parsePeriod, type Period } from '../../domain/periods/index.js';
import { rateReturn, type RatingResult } from '../../domain/ratings/index.js';
import { targetFor, type Catalogue } from '../catalogue/index.js';

export interface PeriodFacts {
  period: Period;
  dueDate: string;
  target: number | null;
}

// A period's due date depends only on the period, the timetable and the default rule, all of which
// belong to one catalogue snapshot; a dashboard asks for the same few periods thousands of times, so
// they are worked out once per snapshot.
const dueCache = new WeakMap<Catalogue, Map<string, { period: Period; dueDate: string }>>();

export function periodAndDue(cat: Catalogue, settings: CouncilSettings, periodKey: string) {
  let cache = dueCache.get(cat);
  if (!cache) {
    cache = new Map();
    dueCache.set(cat, cache);
  }
  const cacheKey = `${settings.defaultDueWorkingDays}|${periodKey}`;
  let found = cache.get(cacheKey);
  if (!found) {
    const period = parsePeriod(periodKey);
    found = {
      period,
      dueDate: dueDateFor(period, {
        timetable: cat.timetable,
        defaultWorkingDays: settings.defaultDueWorkingDays,
      }),
    };
    cache.set(cacheKey, found);
  }
  return found;
}

export function periodFacts(
  cat: Catalogue,
  settings: CouncilSettings,
  indicatorId: string,
  periodKey: string,
): PeriodFacts {
  const { period, dueDate } = periodAndDue(cat, settings, periodKey);
  return { period, dueDate, target: targetFor(cat, indicatorId, period.year, period.key) };
}

export function rateStoredReturn(
  indicator: Indicator,
  ret: Pick<IndicatorReturn, 'value' | 'notAvailableReason'>,
  facts: PeriodFacts,
  settings: CouncilSettings,
  today: string,
): RatingResult {
  return rateReturn(
    {
      value: ret.value,
      notAvailable: ret.value === null && !!ret.notAvailableReason,
      target: facts.target,
      polarity: indicator.polarity,
      unit: indicator.unit,
      decimals: indicator.decimals,
      contextOnly: indicator.contextOnly,
      dueDate: facts.dueDate,
      today,
    },
    settings.ratingScheme,
  );
}
