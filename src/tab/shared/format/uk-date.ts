// Dates typed the British way, dd/mm/yyyy (Chromium's native date input shows mm/dd/yyyy unless
// the browser itself is set to en-GB, which Teams' web view need not be). Pure: the field uses it.
export type UkDateResult = { ok: true; iso: string } | { ok: false; message: string };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(month: number, year: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** `16/10/2026` (or `16-10-2026`, `16.10.2026`, `6/1/2026`) → `2026-10-16`, or why not. */
export function parseUkDateInput(text: string): UkDateResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: 'Enter a date as dd/mm/yyyy' };
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!m) return { ok: false, message: 'Enter the date as dd/mm/yyyy, for example 16/10/2026' };
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { ok: false, message: `There is no month ${month}` };
  if (day < 1 || day > daysIn(month, year))
    return { ok: false, message: `${month}/${year} has no day ${day}` };
  if (year < 2000 || year > 2100) return { ok: false, message: 'Enter a year from 2000 to 2100' };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** `2026-10-16` → `16/10/2026` for the field's initial text. */
export function isoToUkInput(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}
