import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_REASONS, parseFigure, parseOptionalFigure } from './parse-figure.js';
import { formatValue } from './format-value.js';
import type { UnitKind } from '../model/types.js';

const value = (text: string) => {
  const read = parseFigure(text);
  return read.ok ? read.value : read.reason;
};

describe('parseFigure: the one reading of a typed figure', () => {
  it.each([
    ['1,234', 1234],
    ['12.5%', 12.5],
    ['£3,400', 3400],
    ['£3,400.50', 3400.5],
    [' 45 ', 45],
    ['-3', -3],
    ['−4', -4],
    ['+7', 7],
    ['-£12', -12],
    ['£-12', -12],
    ['- 5', -5],
    ['12.5 %', 12.5],
    ['£ 3,400', 3400],
    ['1,234,567.89', 1234567.89],
    ['.5', 0.5],
    ['007', 7],
    ['0', 0],
    ['-0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['1,23', FIGURE_REASONS.comma],
    ['12,3456', FIGURE_REASONS.comma],
    [',5', FIGURE_REASONS.comma],
    ['1.234,56', FIGURE_REASONS.comma],
    ['0x10', FIGURE_REASONS.hex],
    ['1e5', FIGURE_REASONS.exponent],
    ['2.5E-3', FIGURE_REASONS.exponent],
    ['12..5', FIGURE_REASONS.points],
    ['1.2.3', FIGURE_REASONS.points],
    ['1 234', FIGURE_REASONS.space],
    ['£12%', FIGURE_REASONS.bothSigns],
    ['', FIGURE_REASONS.empty],
    ['   ', FIGURE_REASONS.empty],
    ['NaN', FIGURE_REASONS.notANumber],
    ['Infinity', FIGURE_REASONS.notANumber],
    ['-Infinity', FIGURE_REASONS.notANumber],
    ['twelve', FIGURE_REASONS.notANumber],
    ['%', FIGURE_REASONS.notANumber],
    ['£', FIGURE_REASONS.notANumber],
    ['--5', FIGURE_REASONS.notANumber],
    ['-£-5', FIGURE_REASONS.notANumber],
    ['12.', FIGURE_REASONS.notANumber],
    ['1 234 x', FIGURE_REASONS.notANumber],
    ['1234567890123456', FIGURE_REASONS.digits],
  ])('refuses %j, saying why', (text, reason) => {
    expect(parseFigure(text)).toEqual({ ok: false, reason });
  });

  it('refuses a sign that contradicts the unit, and takes one that matches', () => {
    expect(parseFigure('12%', { unit: 'count' })).toEqual({
      ok: false,
      reason: 'has a % sign but the unit is count',
    });
    expect(parseFigure('£5', { unit: 'percentage' })).toEqual({
      ok: false,
      reason: 'has a £ sign but the unit is percentage',
    });
    expect(parseFigure('12%', { unit: 'percentage' })).toEqual({ ok: true, value: 12 });
    expect(parseFigure('£5', { unit: 'currency' })).toEqual({ ok: true, value: 5 });
    expect(parseFigure('5', { unit: 'percentage' })).toEqual({ ok: true, value: 5 });
  });

  it('refuses a figure beyond the largest number, however few its significant digits', () => {
    expect(parseFigure('1' + '0'.repeat(400))).toEqual({
      ok: false,
      reason: FIGURE_REASONS.tooLarge,
    });
  });

  it('keeps 15 significant digits, however many zeros surround them', () => {
    expect(value('123,456,789,012,345')).toBe(123456789012345);
    expect(value('1,000,000,000,000,000,000')).toBe(1e18);
    expect(value('0.000123456789012345')).toBe(0.000123456789012345);
  });

  it('reads blank as no figure only when asked to', () => {
    expect(parseOptionalFigure('  ')).toEqual({ ok: true, value: null });
    expect(parseOptionalFigure('1,23')).toEqual({ ok: false, reason: FIGURE_REASONS.comma });
    expect(parseOptionalFigure('£5', { unit: 'count' }).ok).toBe(false);
  });
});

describe('parseFigure: round trips of formatted figures', () => {
  it('reads back any whole number written with en-GB thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(value(n.toLocaleString('en-GB'))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  const units: UnitKind[] = ['count', 'percentage', 'currency', 'rate', 'number'];
  it("reads back what formatValue shows, in every unit and at the indicator's decimals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...units),
        (scaled, decimals, unit) => {
          const n = scaled / 10 ** decimals;
          const shown = formatValue(n, unit, decimals);
          const read = parseFigure(shown, { unit });
          expect(read.ok).toBe(true);
          if (read.ok) expect(read.value).toBeCloseTo(n, decimals + 1);
        },
      ),
    );
  });

  it('never throws and never returns a number that is not finite, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const read = parseFigure(text);
        if (read.ok) expect(Number.isFinite(read.value)).toBe(true);
        else expect(read.reason.length).toBeGreaterThan(0);
      }),
    );
  });

  it('refuses any comma group that is not three digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 9999 }).filter((g) => g < 100 || g > 999),
        (head, group) => {
          const text = `${head},${group}`;
          fc.pre(String(group).length !== 3);
          expect(parseFigure(text)).toEqual({ ok: false, reason: FIGURE_REASONS.comma });
        },
      ),
    );
  });
});
