// Europe/London wall-clock time (DESIGN.md "Periods": all dates are Europe/London). Uses the
// platform's time-zone data through Intl, so GMT/BST changes follow the real rules.
import { ValidationError } from '../errors/errors.js';
import type { Instant, IsoDate } from '../model/types.js';
import { isValidDateParts, isoFromParts, isoWeekday } from './iso-date.js';

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function toDate(at: Instant | Date): Date {
  const d = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(d.getTime())) {
    throw new ValidationError(`"${String(at)}" is not an instant (ISO 8601 with Z)`, 'at');
  }
  return d;
}

function wallClock(ms: number): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
} {
  const parts: Record<string, number> = {};
  for (const p of LONDON.formatToParts(new Date(ms))) parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** London's offset from UTC at an instant, in ms (0 in GMT, 3,600,000 in BST). */
function offsetAt(ms: number): number {
  const w = wallClock(ms);
  const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return local - (ms - (((ms % 1000) + 1000) % 1000));
}

export function londonParts(at: Instant | Date): {
  date: IsoDate;
  hour: number;
  minute: number;
  weekday: number;
} {
  const w = wallClock(toDate(at).getTime());
  const date = isoFromParts(w.year, w.month, w.day);
  return { date, hour: w.hour, minute: w.minute, weekday: isoWeekday(date) };
}

export function londonDate(at: Instant | Date): IsoDate {
  return londonParts(at).date;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_MS = 86_400_000;

/**
 * `2025-07-18T09:00` London time → `2025-07-18T08:00:00.000Z`. In the October hour that
 * happens twice the earlier (BST) instant is taken; a time skipped in March is read with the
 * GMT offset, i.e. it lands an hour later on the clock, as most calendar tools do.
 */
export function instantFromLondon(localDateTime: string): Instant {
  const m = LOCAL.exec(String(localDateTime).trim());
  const [y, mo, d, h, mi, s] = m ? m.slice(1).map((v) => Number(v ?? 0)) : [];
  if (!m || !isValidDateParts(y!, mo!, d!) || h! > 23 || mi! > 59 || s! > 59) {
    throw new ValidationError(
      `"${localDateTime}" is not a local date and time; use YYYY-MM-DDTHH:mm, e.g. 2025-07-18T09:00`,
      'at',
    );
  }
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  const before = offsetAt(asUtc - DAY_MS);
  const after = offsetAt(asUtc + DAY_MS);
  // Larger offset first: it gives the earlier instant when a wall-clock time is ambiguous.
  for (const offset of [...new Set([before, after])].sort((a, b) => b - a)) {
    if (offsetAt(asUtc - offset) === offset) return new Date(asUtc - offset).toISOString();
  }
  return new Date(asUtc - before).toISOString();
}
