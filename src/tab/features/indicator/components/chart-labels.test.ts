import { describe, expect, it } from 'vitest';
import { axisLabelIndexes, placeValueLabels, textWidth } from './chart-labels.js';

const MONTHS = [
  'Dec 2024',
  'Jan 2025',
  'Feb 2025',
  'Mar 2025',
  'Apr 2025',
  'May 2025',
  'Jun 2025',
  'Jul 2025',
  'Aug 2025',
  'Sep 2025',
  'Oct 2025',
  'Nov 2025',
];

describe('the x axis labels', () => {
  it('thins twelve months so neighbours never touch, keeping the latest', () => {
    const spacing = 50; // the tab's chart: 550 units of plot for 12 points
    const shown = axisLabelIndexes(MONTHS, spacing, 12);
    expect(shown).toContain(11);
    const widest = textWidth('Nov 2025', 12);
    for (let k = 1; k < shown.length; k++) {
      expect((shown[k]! - shown[k - 1]!) * spacing).toBeGreaterThan(widest);
    }
    expect(shown.length).toBeGreaterThanOrEqual(4);
  });

  it('shows every label when there is room', () => {
    expect(axisLabelIndexes(['Q1', 'Q2', 'Q3', 'Q4'], 120, 12)).toEqual([0, 1, 2, 3]);
    expect(axisLabelIndexes([], 50, 12)).toEqual([]);
    expect(axisLabelIndexes(['Apr 2025'], 0, 12)).toEqual([0]);
  });
});

describe('the figures written on the chart', () => {
  const plot = { top: 40, bottom: 360 };

  it('puts a neighbour with the same figure below, not on top ("52.252.2")', () => {
    const labels = [
      { x: 100, y: 200, text: '52.2' },
      { x: 134, y: 200, text: '52.2' },
    ];
    const [first, second] = placeValueLabels(labels, 22, 9, plot);
    expect(second).toBeLessThan(200); // the latest keeps its place above
    expect(first).toBeGreaterThan(200); // the earlier one moves below its marker
  });

  it('leaves a figure out only when above and below are both taken', () => {
    const labels = [
      { x: 100, y: 200, text: '52.2' },
      { x: 120, y: 200, text: '52.3' },
      { x: 140, y: 200, text: '52.4' },
    ];
    // The latest above, the one before below, the oldest has nowhere left (the table has it).
    const [oldest, middle, latest] = placeValueLabels(labels, 22, 9, plot);
    expect(latest).toBeLessThan(200);
    expect(middle).toBeGreaterThan(200);
    expect(oldest).toBeNull();
  });

  it('writes every figure when they are far apart, and skips gaps', () => {
    const labels = [{ x: 100, y: 200, text: '1' }, null, { x: 300, y: 100, text: '2' }];
    const placed = placeValueLabels(labels, 12, 5, plot);
    expect(placed[0]).toBeLessThan(200);
    expect(placed[1]).toBeNull();
    expect(placed[2]).toBeLessThan(100);
  });
});
