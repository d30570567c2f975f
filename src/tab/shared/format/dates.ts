// en-GB, Europe/London throughout (DESIGN.md): dates dd/mm/yyyy whatever the viewer's machine says.
import { MONTH_NAMES } from '../../../domain/periods/period.js';
const DATE = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** `2026-10-16` → `16/10/2026`. A bare ISO date is a London calendar day, so it is not shifted. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE.format(d);
}

/** An instant (ISO timestamp) as London date and time, e.g. `23/11/2026, 16:21`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_TIME.format(d);
}

const NUMBER = new Intl.NumberFormat('en-GB');

export function formatCount(n: number): string {
  return NUMBER.format(n);
}

// Not Intl's short month: en-GB ICU writes "Sept" while the period labels (domain/periods) write
// "Sep", and both appeared on one page. One spelling, the domain's.
const monthAbbr = (month: number) => MONTH_NAMES[month - 1]!.slice(0, 3);

/** A period key as people read it: `2026-08` → `Aug 2026`, `2025/26 Q4` → `Q4 2025/26`. */
export function formatPeriodKey(key: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12)
    return `${monthAbbr(Number(month[2]))} ${month[1]}`;
  const part = /^(\d{4}\/\d{2}) (Q[1-4]|H[12])$/.exec(key);
  return part ? `${part[2]} ${part[1]}` : key;
}
