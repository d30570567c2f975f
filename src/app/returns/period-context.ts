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

export function periodFacts(
  cat: Catalogue,
  settings: CouncilSettings,
  indicatorId: string,
  periodKey: string,
): PeriodFacts {
  const period = parsePeriod(periodKey);
  return {
    period,
    dueDate: dueDateFor(period, {
      timetable: cat.timetable,
      defaultWorkingDays: settings.defaultDueWorkingDays,
    }),
    target: targetFor(cat, indicatorId, period.year, period.key),
  };
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
