// What a new indicator gets for what the file leaves out (the README, "Importing indicators, targets and history from CSV", "New indicators").
import type { Indicator, UnitKind, YtdMethod } from '../../domain/model/types.js';

/** Whole numbers for counts and money; one place for percentages and days; two for rates. */
export const DEFAULT_DECIMALS: Readonly<Record<UnitKind, number>> = {
  count: 0,
  currency: 0,
  percentage: 1,
  days: 1,
  rate: 2,
  number: 2,
};

/** Counts and spend add up over the year; proportions, times and rates are averaged. */
export function defaultYtd(unit: UnitKind): YtdMethod {
  return unit === 'count' || unit === 'currency' ? 'sum' : 'average';
}

export function newIndicatorFields(
  base: Pick<Indicator, 'code' | 'title' | 'polarity' | 'unit' | 'frequency'>,
): Omit<Indicator, 'id'> {
  return {
    ...base,
    definition: '',
    procedure: { calculation: '', source: '', evidenceLocation: '', verification: '', url: null },
    decimals: DEFAULT_DECIMALS[base.unit],
    ytd: defaultYtd(base.unit),
    scope: 'local',
    serviceId: null,
    objectiveIds: [],
    collectorId: '',
    responsibleId: '',
    authoriserId: '',
    escalationOwnerId: '',
    benchmarks: [],
    contextOnly: false,
    published: false,
    retired: false,
    reminderPolicy: null,
  };
}
