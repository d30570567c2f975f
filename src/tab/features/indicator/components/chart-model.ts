// The indicator chart's numbers, apart from drawing: which points, on what scale, and the
// year-to-date and forecast comparators. Pure, so it is tested without a browser.
import type { BenchmarkPosition, HistoryRow, RatingState } from '../../../shared/api/index.js';

export interface ChartPoint {
  periodKey: string;
  label: string;
  value: number | null;
  target: number | null;
  rating: RatingState;
  ratingLabel: string;
  /** The comparator group's average for the period, where it has figures (withComparators). */
  comparator?: { value: number; label: string } | null;
}

export interface ChartModel {
  points: ChartPoint[];
  min: number;
  max: number;
  /** Nice round values for the y axis, low to high. */
  ticks: number[];
}

/** The most recent `limit` periods, oldest first (the history arrives oldest first). */
export function chartPoints(rows: readonly HistoryRow[], limit = 12): ChartPoint[] {
  return rows.slice(-limit).map((r) => ({
    periodKey: r.periodKey,
    label: r.periodLabel,
    value: r.value,
    target: r.target,
    rating: r.rating.state,
    ratingLabel: r.rating.label,
  }));
}

/** Each point with its comparator group's average, for the periods the group has figures for. */
export function withComparators(
  points: readonly ChartPoint[],
  positions: readonly BenchmarkPosition[],
): ChartPoint[] {
  const byPeriod = new Map(positions.map((b) => [b.periodKey, b.average]));
  return points.map((p) => {
    const average = byPeriod.get(p.periodKey);
    return { ...p, comparator: average ? { value: average.value, label: average.label } : null };
  });
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  return step ?? 10 * magnitude;
}

/** A y scale that includes every figure, target and extra line (benchmarks, forecast). */
export function chartModel(points: ChartPoint[], extras: readonly number[] = []): ChartModel {
  const values = [
    ...points
      .flatMap((p) => [p.value, p.target, p.comparator?.value ?? null])
      .filter((v): v is number => v !== null),
    ...extras,
  ];
  if (values.length === 0) return { points, min: 0, max: 1, ticks: [0, 1] };
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    lo -= Math.abs(lo) * 0.1 || 1;
    hi += Math.abs(hi) * 0.1 || 1;
  }
  // Start at zero when the figures are all positive and not far from it, so bars do not mislead.
  if (lo > 0 && lo < (hi - lo) * 2) lo = 0;
  const step = niceStep(hi - lo, 5);
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { points, min, max, ticks };
}

export interface YearToDate {
  year: string;
  value: number | null;
  target: number | null;
}

/** Year to date for the latest year with figures, by the indicator's method (sum, average, latest). */
export function yearToDate(
  rows: readonly HistoryRow[],
  method: 'sum' | 'average' | 'latest',
): YearToDate | null {
  const withYear = rows.map((r) => ({ r, year: yearOf(r.periodKey) }));
  const latest = withYear.filter((x) => x.r.value !== null).at(-1);
  if (!latest) return null;
  const rowsOfYear = withYear
    .filter((x) => x.year === latest.year && x.r.value !== null)
    .map((x) => x.r);
  const values = rowsOfYear.map((r) => r.value as number);
  const targets = rowsOfYear.map((r) => r.target);
  const complete = targets.every((t): t is number => t !== null);
  const combine = (xs: number[]) =>
    method === 'sum'
      ? xs.reduce((a, b) => a + b, 0)
      : method === 'average'
        ? xs.reduce((a, b) => a + b, 0) / xs.length
        : xs[xs.length - 1]!;
  return {
    year: latest.year,
    value: combine(values),
    target: complete ? combine(targets as number[]) : null,
  };
}

/** `2025-04` → `2025/26`; `2025/26 Q1` → `2025/26`. Months January–March belong to the year before. */
export function yearOf(periodKey: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(periodKey);
  if (!month) return periodKey.slice(0, 7);
  const start = Number(month[2]) >= 4 ? Number(month[1]) : Number(month[1]) - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The officer's latest year-end forecast, if any was given. */
export function latestForecast(
  rows: readonly HistoryRow[],
): { value: number; label: string } | null {
  const row = [...rows].reverse().find((r) => r.forecast !== null);
  return row ? { value: row.forecast as number, label: row.periodLabel } : null;
}
