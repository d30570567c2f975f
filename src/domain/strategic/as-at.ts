// Which figures a strategic dashboard "as at" a date counts (issue 17): for each return, the figure
// that was authorised and still in force at the end of that day in London. A figure authorised
// after the date is not counted, and a figure reopened by then is not counted either (it was back
// with its Collection Officer); a figure since reopened counts as it stood when authorised (its
// restatement). So an edition made again later shows what the Leadership Team saw then. Pure.
import type { IndicatorReturn, Instant, IsoDate, KeyActionUpdate } from '../model/types.js';
import {
  londonDate,
  periodContaining,
  periodsPerYear,
  previousPeriod,
  type Period,
  type PeriodKind,
} from '../periods/index.js';

/** On or before the end of `asAt` in Europe/London (a null instant never is). */
export function byEndOf(at: Instant | null | undefined, asAt: IsoDate): boolean {
  return !!at && londonDate(at) <= asAt;
}

/**
 * The return as it stood authorised at the end of `asAt`, or null when no figure of it was
 * authorised and in force then.
 */
export function returnAsAt<R extends IndicatorReturn>(ret: R, asAt: IsoDate): R | null {
  if (ret.state === 'authorised' && byEndOf(ret.authorisedAt, asAt)) return ret;
  const earlier = (ret.restatements ?? []).find(
    (r) => byEndOf(r.authorisedAt, asAt) && !byEndOf(r.reopenedAt, asAt),
  );
  if (!earlier) return null;
  return {
    ...ret,
    state: 'authorised',
    value: earlier.value,
    notAvailableReason: earlier.notAvailableReason,
    commentary: earlier.commentary,
    forecast: earlier.forecast,
    enteredBy: earlier.enteredBy,
    checkedBy: earlier.checkedBy,
    authorisedBy: earlier.authorisedBy,
    authorisedAt: earlier.authorisedAt,
    // Restated later, not by then: the dashboard as at the date does not know of it yet.
    restatements: [],
  };
}

/**
 * The periods of one kind that ended by `asAt` (on or before it), newest first, going back a year
 * (two periods at least, so an annual indicator can fall back on last year's figure): a figure
 * older than that is no longer "the latest" a Leadership Team would be shown.
 */
export function periodsEndedBy(kind: PeriodKind, asAt: IsoDate): Period[] {
  const own = periodContaining(asAt, kind);
  const periods = [own.end <= asAt ? own : previousPeriod(own)];
  while (periods.length < Math.max(2, periodsPerYear(kind))) {
    periods.push(previousPeriod(periods.at(-1)!));
  }
  return periods;
}

/** The latest period of `kind` that ended by `asAt` with a figure authorised by then, or null. */
export function latestAuthorisedPeriod(
  kind: PeriodKind,
  asAt: IsoDate,
  hasFigure: (p: Period) => boolean,
): Period | null {
  return periodsEndedBy(kind, asAt).find(hasFigure) ?? null;
}

/**
 * A key action's progress update counted by the end of `asAt`: submitted by then, or, where the
 * council asks service heads to check updates, checked by then (as the reports count them).
 */
export function updateCountedBy(
  update: Pick<KeyActionUpdate, 'state' | 'enteredAt' | 'checkedAt'>,
  asAt: IsoDate,
  needsCheck: boolean,
): boolean {
  if (needsCheck) return update.state === 'checked' && byEndOf(update.checkedAt, asAt);
  return (
    (update.state === 'submitted' || update.state === 'checked') && byEndOf(update.enteredAt, asAt)
  );
}
