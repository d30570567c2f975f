// Year-to-date figures and targets, aggregated the way the indicator's periods add up (DESIGN.md,
// Indicators: sum, average, latest). Periods without a figure (null) are left out rather than
// counted as 0, so a missing return does not drag down a YTD average.
import { ValidationError } from '../errors/errors.js';
import type { YtdMethod } from '../model/types.js';

/**
 * The year-to-date value from the year's periods up to now, in order: sum → sum of the figures;
 * average → their mean; latest → the last figure. Null when there is no figure at all.
 * Not rounded: round at the indicator's decimals when showing or rating it.
 */
export function yearToDateValue(
  values: readonly (number | null)[],
  method: YtdMethod,
): number | null {
  return aggregate(values, method, 'values');
}

/** The year-to-date target: the same aggregation over the profiled targets of the same periods. */
export function yearToDateTarget(
  profile: readonly (number | null)[],
  method: YtdMethod,
): number | null {
  return aggregate(profile, method, 'profile');
}

function aggregate(
  items: readonly (number | null)[],
  method: YtdMethod,
  field: string,
): number | null {
  const present: number[] = [];
  items.forEach((item, i) => {
    if (item === null) return;
    if (typeof item !== 'number' || !Number.isFinite(item)) {
      throw new ValidationError(
        `must be a finite number or null, got ${String(item)}`,
        `${field}[${i}]`,
      );
    }
    present.push(item);
  });
  if (present.length === 0) return null;
  switch (method) {
    case 'sum':
      return present.reduce((acc, x) => acc + x, 0);
    case 'average':
      return present.reduce((acc, x) => acc + x, 0) / present.length;
    case 'latest':
      return present[present.length - 1] ?? null;
    default:
      throw new ValidationError(`must be sum, average or latest, got ${String(method)}`, 'method');
  }
}
