import { describe, expect, it } from 'vitest';
import { parseFigure, parseUnit } from './cell-parsers.js';

describe('parseFigure: numbers as people type them', () => {
  it.each([
    ['1,234', 'count', 1234],
    ['12.5%', 'percentage', 12.5],
    ['£3,400', 'currency', 3400],
    ['£1,234,567.89', 'currency', 1234567.89],
    ['-£20', 'currency', -20],
    ['0.75', 'rate', 0.75],
    ['-4.5', 'number', -4.5],
    [' 12 ', 'days', 12],
  ] as const)('%s as %s is %d', (text, unit, value) => {
    expect(parseFigure(text, unit)).toEqual({ ok: true, value });
  });

  it.each([
    ['12,34', 'number'],
    ['1 234', 'number'],
    ['12%', 'count'],
    ['£5', 'percentage'],
    ['abc', 'number'],
    ['1e3', 'number'],
  ] as const)('refuses %s as %s', (text, unit) => {
    expect(parseFigure(text, unit).ok).toBe(false);
  });
});

describe('parseUnit', () => {
  it('reads % and £ and defaults blank to number', () => {
    expect(parseUnit('%')).toEqual({ ok: true, value: 'percentage' });
    expect(parseUnit('£')).toEqual({ ok: true, value: 'currency' });
    expect(parseUnit('')).toEqual({ ok: true, value: 'number' });
    expect(parseUnit('furlongs').ok).toBe(false);
  });
});
