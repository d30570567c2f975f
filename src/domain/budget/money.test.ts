import { describe, expect, it } from 'vitest';
import { formatPence, parsePence, sumPence } from './money.js';

describe('parsePence: pounds and pence as a ledger exports them', () => {
  it.each([
    ['1234.56', 123456],
    ['-250.00', -25000],
    ['£1,234.56', 123456],
    ['-£250', -25000],
    ['£-250.5', -25050],
    ['0', 0],
    ['-0.00', 0],
    ['  12  ', 1200],
    ['1,000,000.01', 100000001],
  ])('%s → %i pence', (text, pence) => {
    expect(parsePence(text)).toEqual({ ok: true, pence });
  });

  it.each([
    ['12.345', /two decimal places/],
    ['1.005', /two decimal places/],
    ['12%', /% sign/],
    ['1,23', /comma/],
    ['1e5', /scientific/],
    ['', /empty/],
    ['ten pounds', /not a number/],
    ['2,000,000,000,000', /too large/],
  ])('refuses %s', (text, reason) => {
    const read = parsePence(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});

describe('formatPence: en-GB', () => {
  it.each([
    [123456, '£1,234.56'],
    [-25000, '-£250.00'],
    [5, '£0.05'],
    [0, '£0.00'],
    [123456789012, '£1,234,567,890.12'],
  ])('%i → %s', (pence, text) => {
    expect(formatPence(pence)).toBe(text);
  });
});

describe('formatPence to the nearest pound (reports)', () => {
  it.each([
    [123456789, '£1,234,568'],
    [123449, '£1,234'],
    [-25000, '-£250'],
    [-25049, '-£250'],
    [-49, '£0'],
    [0, '£0'],
  ])('%i → %s', (pence, text) => {
    expect(formatPence(pence, { whole: true })).toBe(text);
  });
});

it('sums pence exactly where pounds as floats would drift', () => {
  expect(0.1 + 0.2).not.toBe(0.3);
  expect(sumPence([10, 20])).toBe(30);
  expect(sumPence(Array.from({ length: 1000 }, () => 1))).toBe(1000);
});
