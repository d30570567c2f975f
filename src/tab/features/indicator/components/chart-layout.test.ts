import { describe, expect, it } from 'vitest';
import { textWidth } from './chart-labels.js';
import {
  GUTTER_MIN_WIDTH,
  chartFrame,
  fitText,
  splitPeriodLabel,
  stackLabels,
  tickDecimals,
} from './chart-layout.js';
import { referenceLines } from './chart-lines.js';

describe('the names of the lines in the gutter', () => {
  it('moves names of close lines apart (England 97.1%, neighbours 98.2%) and keeps them in', () => {
    const ys = stackLabels([30, 26, 200], 16, 10, 300);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++)
      expect(sorted[k]! - sorted[k - 1]!).toBeGreaterThanOrEqual(16);
    expect(ys[2]).toBe(200); // a line far from the others keeps its place
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(10);
  });

  it('pushes names up from the bottom when they crowd it', () => {
    const ys = stackLabels([298, 299, 300], 16, 10, 300);
    expect(Math.max(...ys)).toBeLessThanOrEqual(300);
    expect([...ys].sort((a, b) => a - b)).toEqual([268, 284, 300]);
  });

  it('has a gutter only when the column is wide enough, else the legend names the lines', () => {
    const opts = { tickTexts: ['100%'], lineTexts: ['England average 97.10%'] };
    expect(chartFrame(320, opts).gutter).toBe(0);
    expect(chartFrame(GUTTER_MIN_WIDTH, opts).gutter).toBeGreaterThan(0);
    expect(chartFrame(1200, opts).right).toBeLessThan(1200 - textWidth(opts.lineTexts[0]!, 13));
  });

  it('shortens a long name to its room with an ellipsis', () => {
    const short = fitText('Nearest neighbours (CIPFA)', 100, 12);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 12)).toBeLessThanOrEqual(100);
    expect(fitText('Target', 100, 12)).toBe('Target');
  });
});

describe('the axes', () => {
  it('writes the month and, apart, its year', () => {
    expect(splitPeriodLabel('Sep 2025')).toEqual(['Sep', '2025']);
    expect(splitPeriodLabel('Q2 2025/26')).toEqual(['Q2', '2025/26']);
    expect(splitPeriodLabel('2025/26')).toEqual(['2025/26', '']);
  });

  it('gives ticks the decimals their step needs, so no two read alike', () => {
    expect(tickDecimals([0, 20, 40])).toBe(0);
    expect(tickDecimals([0, 0.5, 1])).toBe(1);
    expect(tickDecimals([0, 0.25, 0.5])).toBe(2);
  });
});

describe('the reference lines', () => {
  it('writes £000 figures in full pounds and percentages with their sign', () => {
    const points = [
      {
        periodKey: '2025-09',
        label: 'Sep 2025',
        value: 292,
        target: 300,
        rating: 'review' as const,
        ratingLabel: 'Review',
      },
    ];
    const savings = { unit: 'currency' as const, decimals: 0, title: 'Savings (£000)' };
    const [target, england] = referenceLines(
      points,
      [{ comparator: 'England average', value: 310, source: 'LG Inform', year: '2024/25' }],
      null,
      savings,
    );
    expect(target!.text).toBe('Target £300,000');
    expect(england!.name).toBe('England average (2024/25)');
    expect(england!.figure).toBe('£310,000');
    const pct = referenceLines(
      points,
      [],
      { value: 66.5, label: 'Sep 2025' },
      {
        unit: 'percentage',
        decimals: 1,
        title: 'Rate',
      },
    );
    expect(pct.map((l) => l.text)).toEqual(['Target 300.0%', 'Forecast 66.5%']);
  });
});
