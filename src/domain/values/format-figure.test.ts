import { describe, expect, it } from 'vitest';
import { formatFigure, formatValue } from './format-value.js';

describe('formatFigure', () => {
  it('writes a percentage with its decimals and sign, target and figure alike', () => {
    const f = { unit: 'percentage' as const, decimals: 1, title: 'Household waste recycled' };
    expect(`${formatFigure(68.6, f)} against ${formatFigure(66.49, f)}`).toBe(
      '68.6% against 66.5%',
    );
  });

  it('writes figures kept in £000 out in full, so £292 is not read as two hundred pounds', () => {
    const f = { unit: 'currency' as const, decimals: 0, title: 'Savings delivered (£000)' };
    expect(formatFigure(292, f)).toBe('£292,000');
    expect(formatFigure(-1.5, { ...f, decimals: 1 })).toBe('-£1,500');
    expect(formatFigure(null, f)).toBe('–');
  });

  it('leaves plain pounds alone', () => {
    const f = { unit: 'currency' as const, decimals: 2, title: 'Cost per household' };
    expect(formatFigure(292, f)).toBe(formatValue(292, 'currency', 2));
    expect(formatFigure(292, f)).toBe('£292.00');
  });
});
