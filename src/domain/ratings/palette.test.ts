import { describe, expect, it } from 'vitest';
import type { RatingState } from '../model/types.js';
import { RATING_PALETTE, ratingLook } from './palette.js';
import { RATING_LABELS } from './states.js';

// WCAG 2.2 relative luminance and contrast ratio (success criterion 1.4.3).
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const states = Object.keys(RATING_LABELS) as RatingState[];

describe('the rating palette', () => {
  it('has a look for every rating, labelled with the domain’s word', () => {
    for (const s of states) expect(RATING_PALETTE[s].label).toBe(RATING_LABELS[s]);
  });

  it.each(states)('%s: its text reads on its colour and black reads on its tint (AA)', (s) => {
    const look = RATING_PALETTE[s];
    expect(contrast(look.text, look.colour)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#000000', look.tint)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the scheme’s convention: green, amber, red by shape as well as colour', () => {
    expect(ratingLook('strong')).toMatchObject({
      family: 'success',
      shade: 'full',
      shape: 'circle',
    });
    expect(ratingLook('good')).toMatchObject({
      family: 'success',
      shade: 'light',
      shape: 'circle',
    });
    expect(ratingLook('green').colour).toBe(ratingLook('strong').colour);
    expect(ratingLook('amber')).toEqual({ ...ratingLook('review'), label: 'Amber' });
    expect(ratingLook('red')).toEqual({ ...ratingLook('action'), label: 'Red' });
    expect(ratingLook('review').shape).toBe('triangle');
    expect(ratingLook('action').shape).toBe('square');
    expect(ratingLook('missing')).toMatchObject({ family: 'severe', shape: 'ring' });
    expect(ratingLook(null)).toMatchObject({
      family: 'neutral',
      shape: 'ring',
      label: 'Not rated',
    });
  });

  it('keeps the printed colours the reports have always used', () => {
    expect([ratingLook('strong').colour, ratingLook('strong').tint]).toEqual([
      '#0b6a0b',
      '#c7e6c7',
    ]);
    // Good is teal, not a second green: Strong and Good must be told apart on a chart.
    expect([ratingLook('good').colour, ratingLook('good').tint]).toEqual(['#038387', '#c8ecee']);
    expect([ratingLook('review').colour, ratingLook('review').tint]).toEqual([
      '#c19c00',
      '#fbf1c8',
    ]);
    expect([ratingLook('action').colour, ratingLook('action').tint]).toEqual([
      '#c50f1f',
      '#f9d6d9',
    ]);
    expect(ratingLook('not-due').colour).toBe('#8a8886');
  });
});
