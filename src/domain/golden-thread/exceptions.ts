// Reporting by exception (DESIGN.md: "reports and dashboards lead with what is not as expected").
// Which ratings are exceptions and how severe they are belong to the rating scheme
// (src/domain/ratings), so they are passed in rather than decided here.
import type { Indicator, RatingState } from '../model/types.js';
import { byCode } from './counts.js';
import type { ExceptionRow } from './types.js';

/** The indicators in view whose rating is an exception: highest severity first, then by code. */
export function exceptionList(
  indicators: readonly Indicator[],
  statuses: ReadonlyMap<string, RatingState>,
  severityOf: (s: RatingState) => number,
  isException: (s: RatingState) => boolean,
): ExceptionRow[] {
  const rows: Array<ExceptionRow & { code: string }> = [];
  for (const indicator of indicators) {
    const state = statuses.get(indicator.id);
    if (state === undefined || !isException(state)) continue;
    rows.push({
      indicatorId: indicator.id,
      state,
      severity: severityOf(state),
      code: indicator.code,
    });
  }
  rows.sort((a, b) => b.severity - a.severity || byCode(a.code, b.code));
  return rows.map(({ indicatorId, state, severity }) => ({ indicatorId, state, severity }));
}
