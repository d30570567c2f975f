import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { financialYearLabel, financialYearOf, parseFinancialYear } from './financial-year.js';

describe('financial years (1 April – 31 March)', () => {
  it('labels a year by its start', () => {
    expect(financialYearLabel(2025)).toBe('2025/26');
    expect(financialYearLabel(1999)).toBe('1999/00');
    expect(financialYearLabel(2009)).toBe('2009/10');
  });

  it('puts 31 March and 1 April in different years', () => {
    expect(financialYearOf('2025-03-31')).toBe('2024/25');
    expect(financialYearOf('2025-04-01')).toBe('2025/26');
    expect(financialYearOf('2026-03-31')).toBe('2025/26');
    expect(financialYearOf('2026-01-01')).toBe('2025/26');
  });

  it('parses a label and checks its halves are consecutive', () => {
    expect(parseFinancialYear('2025/26')).toBe(2025);
    expect(parseFinancialYear(' 1999/00 ')).toBe(1999);
    expect(() => parseFinancialYear('2025/27')).toThrow(/did you mean 2025\/26/);
    expect(() => parseFinancialYear('2025-26')).toThrow(ValidationError);
    expect(() => parseFinancialYear('FY25')).toThrow(/use the form 2025\/26/);
  });

  it('refuses years outside four digits', () => {
    expect(() => financialYearLabel(9999)).toThrow(ValidationError);
    expect(() => financialYearLabel(2025.5)).toThrow(ValidationError);
    expect(() => financialYearOf('1000-01-01')).toThrow(ValidationError);
  });
});
