import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '../../../shared/api/index.js';
import { chartModel, chartPoints, latestForecast, yearOf, yearToDate } from './chart-model.js';

function row(
  periodKey: string,
  value: number | null,
  target: number | null,
  forecast: number | null = null,
): HistoryRow {
  return {
    returnId: periodKey,
    periodKey,
    periodLabel: periodKey,
    state: 'authorised',
    value,
    valueText: String(value),
    target,
    targetText: String(target),
    rating: { state: 'good', label: 'Good', relativeDifference: 0 },
    commentary: '',
    forecast,
    notAvailableReason: null,
    actionPlanId: null,
    enteredBy: null,
    authorisedAt: null,
    version: '1',
    restated: null,
    restatements: [],
    mayReopen: false,
  };
}

describe('the indicator chart model', () => {
  it('keeps the latest periods, oldest first', () => {
    const rows = ['2025-01', '2025-02', '2025-03'].map((k, i) => row(k, i, 1));
    expect(chartPoints(rows, 2).map((p) => p.periodKey)).toEqual(['2025-02', '2025-03']);
  });

  it('scales from zero to a round number above every figure, target and benchmark', () => {
    const m = chartModel(chartPoints([row('2025-04', 12, 50), row('2025-05', 48, 50)]), [61]);
    expect(m.min).toBe(0);
    expect(m.max).toBe(80);
    expect(m.ticks).toEqual([0, 20, 40, 60, 80]);
  });

  it('adds up year to date by the indicator method, within the latest year', () => {
    const rows = [row('2025-03', 100, 100), row('2025-04', 10, 12), row('2025-05', 20, 12)];
    expect(yearToDate(rows, 'sum')).toEqual({ year: '2025/26', value: 30, target: 24 });
    expect(yearToDate(rows, 'average')).toEqual({ year: '2025/26', value: 15, target: 12 });
    expect(yearToDate(rows, 'latest')).toEqual({ year: '2025/26', value: 20, target: 12 });
  });

  it('reads financial years from period keys and finds the latest forecast', () => {
    expect(yearOf('2026-03')).toBe('2025/26');
    expect(yearOf('2025/26 Q2')).toBe('2025/26');
    expect(latestForecast([row('2025-04', 1, 1, 90), row('2025-05', 1, 1)])).toEqual({
      value: 90,
      label: '2025-04',
    });
  });
});
