// The chart's reference lines besides the figures: the target, each benchmark, the comparator
// group's average (period by period, where the group has figures) and the year-end forecast, each
// with its name and figure (by formatFigure, as everywhere else) and a dash pattern of its own, so
// the legend tells them apart without colour. Pure, so it is tested without a browser.
import { formatFigure, type FigureFormat } from '../../../../domain/values/format-value.js';
import type { Benchmark } from '../../../shared/api/index.js';
import type { ChartPoint } from './chart-model.js';

export interface ReferenceLine {
  id: string;
  kind: 'target' | 'benchmark' | 'comparator' | 'forecast';
  name: string;
  value: number;
  /** The value as formatFigure writes it. */
  figure: string;
  /** "England average": the short name the gutter writes before the figure. */
  short: string;
  /** "England average 66.5%": what the gutter writes when there is room. */
  text: string;
  dash: string;
}

export const TARGET_DASH = '8 5';
/** The comparator average's own dash, unlike the target's and each benchmark's. */
export const COMPARATOR_DASH = '4 3';
const BENCHMARK_DASHES = ['2 4', '10 4 2 4', '1 6'];

export function referenceLines(
  points: readonly ChartPoint[],
  benchmarks: readonly Benchmark[],
  forecast: { value: number; label: string } | null | undefined,
  format: FigureFormat,
): ReferenceLine[] {
  const fig = (v: number) => formatFigure(v, format);
  const lines: ReferenceLine[] = [];
  // The target is profiled, so the line moves: the legend names the latest period's.
  const latest = [...points].reverse().find((p) => p.target !== null);
  const target = latest?.target;
  if (latest && target != null)
    lines.push({
      id: 'target',
      kind: 'target',
      name: `Target (${latest.label})`,
      value: target,
      figure: fig(target),
      short: 'Target',
      text: `Target ${fig(target)}`,
      dash: TARGET_DASH,
    });
  benchmarks.forEach((b, i) =>
    lines.push({
      id: `benchmark-${i}`,
      kind: 'benchmark',
      name: `${b.comparator} (${b.year})`,
      value: b.value,
      figure: fig(b.value),
      short: b.comparator,
      text: `${b.comparator} ${fig(b.value)}`,
      dash: BENCHMARK_DASHES[i % BENCHMARK_DASHES.length]!,
    }),
  );
  // Like the target, the average moves period by period: the legend names the latest's.
  const compared = [...points].reverse().find((p) => p.comparator);
  if (compared?.comparator)
    lines.push({
      id: 'comparator',
      kind: 'comparator',
      name: `${compared.comparator.label} (${compared.label})`,
      value: compared.comparator.value,
      figure: fig(compared.comparator.value),
      short: 'Comparator average',
      text: `Comparator average ${fig(compared.comparator.value)}`,
      dash: COMPARATOR_DASH,
    });
  if (forecast)
    lines.push({
      id: 'forecast',
      kind: 'forecast',
      name: `Year-end forecast (given ${forecast.label})`,
      value: forecast.value,
      figure: fig(forecast.value),
      short: 'Forecast',
      text: `Forecast ${fig(forecast.value)}`,
      dash: '',
    });
  return lines;
}

/** Without an indicator's unit (older callers), figures are plain en-GB numbers. */
export const PLAIN: FigureFormat = { unit: 'number', decimals: 2, title: '' };
