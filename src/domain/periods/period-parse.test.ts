import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { parsePeriod, tryParsePeriod } from './period-parse.js';

describe('parsePeriod', () => {
  it.each([
    ['2025-04', '2025-04'],
    ['Apr 2025', '2025-04'],
    ['April 2025', '2025-04'],
    ['april   2025', '2025-04'],
    ['Sept 2025', '2025-09'],
    ['Mar 2026', '2026-03'],
    ['2025/26 Q1', '2025/26 Q1'],
    ['Q1 2025/26', '2025/26 Q1'],
    ['2025/26 q1', '2025/26 Q1'],
    ['  q4 2025/26 ', '2025/26 Q4'],
    ['H2 2025/26', '2025/26 H2'],
    ['2025/26 h1', '2025/26 H1'],
    ['2025/26', '2025/26'],
    ['1999/00', '1999/00'],
  ])('reads %j as %s', (text, key) => {
    expect(parsePeriod(text).key).toBe(key);
  });

  it('gives the full period, e.g. March 2026 is month 12 of 2025/26', () => {
    expect(parsePeriod('Mar 2026')).toMatchObject({ year: '2025/26', index: 12, kind: 'month' });
  });

  it.each([
    '2025/27',
    '2025-13',
    '2025-00',
    '2025/26 Q5',
    '2025/26 Q0',
    'H3 2025/26',
    'Q1 2025/27',
    'Foo 2025',
    '2025',
    '',
    'Q1',
    '2025/26 M1',
    '9999-06',
  ])('refuses %j, naming the text and the accepted forms', (text) => {
    expect(tryParsePeriod(text)).toBeNull();
    let error: unknown;
    try {
      parsePeriod(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.problems[0]?.field).toBe('period');
    expect(v.message).toContain(`"${text}"`);
    expect(v.message).toContain('2025/26 Q1');
    expect(v.message).toContain('Apr 2025');
  });

  it('treats a non-string as no period', () => {
    expect(tryParsePeriod(42 as unknown as string)).toBeNull();
  });
});
