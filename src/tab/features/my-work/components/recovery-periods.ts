// The periods an off-target indicator could recover by: those after the return's own period, in
// the indicator's frequency, this financial year and next.
import {
  getPeriods,
  nextYear,
  type Period,
  type PeriodKind,
  type ReturnView,
} from '../../../shared/api/index.js';

const KIND: Record<ReturnView['indicator']['frequency'], PeriodKind> = {
  monthly: 'month',
  quarterly: 'quarter',
  'half-yearly': 'half',
  annual: 'year',
};

export async function recoveryPeriods(ret: ReturnView): Promise<Period[]> {
  const kind = KIND[ret.indicator.frequency];
  const thisYear = await getPeriods(kind);
  const year = thisYear[0]?.year;
  const following = year ? await getPeriods(kind, nextYear(year)) : [];
  const all = [...thisYear, ...following].sort((a, b) => a.start.localeCompare(b.start));
  const own = all.findIndex((p) => p.key === ret.periodKey);
  return own >= 0 ? all.slice(own + 1) : all;
}
