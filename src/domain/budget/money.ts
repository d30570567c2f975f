// Money as the finance system exports it and as a council reads it: whole pence inside, so sums
// of thousands of lines stay exact (a float adds 0.1 + 0.2 to 0.30000000000000004).
// Accepted: what parseFigure (src/domain/values) accepts for a currency — `1234.56`, `1,234.56`,
// `£1,234.56`, `-250.00`, `-£250`, `£-250` (no brackets for negatives) — with at most two decimal places,
// because a third (`12.345`) is a fraction of a penny: a ledger never holds one, so it is a slip or
// a column that is not money, and it is refused rather than rounded. A % sign is refused.
// Negative means income (or a credit), as in the ledger export.
import { parseFigure } from '../values/index.js';

export type PenceReading = { ok: true; pence: number } | { ok: false; reason: string };

export const MONEY_REASONS = {
  decimals: 'has more than two decimal places: amounts are in pounds and pence, e.g. 1234.56',
  tooLarge: 'is too large to be a budget amount',
} as const;

/** The largest amount kept: £1 trillion, far above any council's budget, well inside 2^53 pence. */
export const MAX_PENCE = 100_000_000_000_000;

/** `£1,234.56` → 123456; `-250.00` → -25000; or why the text is not an amount of money. */
export function parsePence(text: string): PenceReading {
  const figure = parseFigure(text, { unit: 'currency' });
  if (!figure.ok) return figure;
  const decimals = /\.(\d*)/.exec(text)?.[1] ?? '';
  if (decimals.length > 2) return { ok: false, reason: MONEY_REASONS.decimals };
  // At most two decimals and 15 significant digits: value × 100 is within 0.5 of the whole
  // number of pence written, so rounding recovers it exactly.
  const pence = Math.round(figure.value * 100);
  if (Math.abs(pence) > MAX_PENCE) return { ok: false, reason: MONEY_REASONS.tooLarge };
  return { ok: true, pence: pence === 0 ? 0 : pence };
}

/**
 * 123456 → `£1,234.56`; -25000 → `-£250.00` (en-GB, the minus before the pound sign). `whole`: to
 * the nearest pound, as committee reports print budgets (123456789 → `£1,234,568`; -25049 → `-£250`),
 * half a pound away from zero, so a sign never depends on the direction of rounding.
 */
export function formatPence(pence: number, opts: { whole?: boolean } = {}): string {
  const abs = Math.abs(pence);
  const pounds = opts.whole ? Math.round(abs / 100) : Math.floor(abs / 100);
  const sign = pence < 0 && (pounds > 0 || !opts.whole) ? '-' : '';
  const rest = String(abs % 100).padStart(2, '0');
  const grouped = String(pounds).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return opts.whole ? `${sign}£${grouped}` : `${sign}£${grouped}.${rest}`;
}

/** The exact sum of whole pence (integers add exactly below 2^53). */
export function sumPence(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
