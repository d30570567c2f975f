// Column widths from content: every column at least its longest word, the page filled exactly,
// shares honoured where the words allow, and the room left given to the columns that wrap.
import { describe, expect, it } from 'vitest';
import { columnWidths } from './column-widths.js';
import { textTwips, wordWidths } from './text-width.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('text width', () => {
  it('measures Arial at the size given: "Homelessness" at 9 pt, regular and bold', () => {
    // H 722 + o 556 + m 833 + e 556 + l 222 + e 556 + s 500 + s 500 + n 556 + e 556 + s 500 +
    // s 500 = 6557/1000 em; at 9 pt that is 59.0 pt, 1181 twips (rounded up). Bold is wider.
    expect(textTwips('Homelessness', 18)).toBe(1181);
    expect(textTwips('Homelessness', 18, true)).toBeGreaterThan(1181);
  });

  it('breaks at spaces and after hyphens, not at no-break spaces, across runs', () => {
    const words = wordWidths(
      [
        { text: '\u25B2\u00A0', bold: false },
        { text: 'Review', bold: false },
        { text: ' purchase-to-pay', bold: false },
      ],
      18,
    );
    expect(words).toEqual([
      textTwips('\u25B2\u00A0Review', 18),
      textTwips('purchase-', 18),
      textTwips('to-', 18),
      textTwips('pay', 18),
    ]);
  });
});

describe('column widths', () => {
  it('fills the width exactly and keeps every column at least its longest word', () => {
    const needs = [
      { min: 900, max: 900 },
      { min: 1400, max: 9000 },
      { min: 1200, max: 30000 },
      { min: 700, max: 700 },
    ];
    const widths = columnWidths(needs, 9906);
    expect(sum(widths)).toBe(9906);
    widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(needs[i]!.min));
    // The figures stay at their width; the two columns of text share the rest.
    expect(widths[0]).toBe(900);
    expect(widths[3]).toBe(700 + 9906 - sum(widths.slice(0, 3)) - 700);
    expect(widths[1]! + widths[2]!).toBeGreaterThan(7000);
  });

  it('gives the room left, when all fits, to the columns that still wrap', () => {
    const widths = columnWidths(
      [
        { min: 1000, max: 1000 },
        { min: 1000, max: 8000 },
      ],
      6000,
    );
    // 8000 is capped at 40% of the page (2400), which fits; the spare 2600 goes to the wrapper.
    expect(widths).toEqual([1000, 5000]);
  });

  it('takes the shares asked for, raising a column too narrow for its word', () => {
    const widths = columnWidths(
      [
        { min: 500, max: 500 },
        { min: 2500, max: 2500 },
        { min: 500, max: 500 },
      ],
      10000,
      [40, 20, 40],
    );
    expect(sum(widths)).toBe(10000);
    expect(widths[1]).toBe(2500);
    expect(widths[0]).toBe(widths[2]);
  });

  it('scales the minimums together when even they cannot fit', () => {
    const widths = columnWidths(
      [
        { min: 6000, max: 6000 },
        { min: 6000, max: 6000 },
      ],
      9000,
    );
    expect(widths).toEqual([4500, 4500]);
  });
});
