// The returns of the same indicator for the periods of the same kind before a given one, oldest
// first: the history a card shows and the plausibility check compares against.
import type { IndicatorReturn } from '../../domain/model/types.js';
import { tryParsePeriod, type Period } from '../../domain/periods/index.js';

export function earlierReturns(
  siblings: readonly IndicatorReturn[],
  period: Period,
  count: number,
): Array<{ ret: IndicatorReturn; period: Period }> {
  return siblings
    .map((ret) => ({ ret, period: tryParsePeriod(ret.periodKey) }))
    .filter((x): x is { ret: IndicatorReturn; period: Period } => x.period !== null)
    .filter((x) => x.period.kind === period.kind && x.period.end < period.start)
    .sort((a, b) => (a.period.start < b.period.start ? -1 : 1))
    .slice(-count);
}
