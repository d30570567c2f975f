// The `rate` command's table: fixed-width text for a terminal or an email, leading with the codes
// and ending with how many indicators fall in each rating.
import type { RatingState } from '../../domain/model/types.js';
import { RATING_LABELS } from '../../domain/ratings/index.js';
import type { Direction } from '../../domain/ratings/index.js';
import { formatValue } from '../../domain/values/index.js';
import type { ExportRow } from './export-rows.js';

const ARROWS: Readonly<Record<Direction, string>> = {
  improving: '↑',
  worsening: '↓',
  'no-change': '→',
  'not-comparable': ' ',
};

const TITLE_WIDTH = 40;

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function line(cells: string[], widths: number[], rightAligned: ReadonlySet<number>): string {
  return cells
    .map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
    .join('  ')
    .trimEnd();
}

/** `Strong 3, Good 2, Action 1, No target 1 (7 indicators)`, in the order of RATING_LABELS. */
export function ratingSummary(rows: readonly ExportRow[]): string {
  const counts = new Map<RatingState, number>();
  for (const r of rows) counts.set(r.rating_state, (counts.get(r.rating_state) ?? 0) + 1);
  const parts = (Object.keys(RATING_LABELS) as RatingState[])
    .filter((s) => counts.has(s))
    .map((s) => `${RATING_LABELS[s]} ${counts.get(s)}`);
  const total = `${rows.length} indicator${rows.length === 1 ? '' : 's'}`;
  return parts.length ? `${parts.join(', ')} (${total})` : `No indicators (${total})`;
}

export function rateTable(rows: readonly ExportRow[]): string {
  const header = ['Code', 'Title', 'Period', 'Actual', 'Target', 'Rating', 'Dir'];
  const body = rows.map((r) => [
    r.code,
    truncate(r.title, TITLE_WIDTH),
    r.period_label,
    formatValue(r.actual, r.unit, r.decimals),
    formatValue(r.target, r.unit, r.decimals),
    r.rating,
    ARROWS[r.direction_vs_previous],
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const right = new Set([3, 4]);
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    line(header, widths, right),
    rule,
    ...body.map((b) => line(b, widths, right)),
    rule,
    ratingSummary(rows),
    'Dir: ↑ improving, ↓ worsening, → no change, against the previous period',
    '',
  ].join('\n');
}
