import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPeriodKey } from './dates.js';

describe('en-GB dates', () => {
  it('shows an ISO date as dd/mm/yyyy without shifting the day', () => {
    expect(formatDate('2026-10-16')).toBe('16/10/2026');
    expect(formatDate(null)).toBe('–');
  });

  it('shows instants in London time (BST in summer)', () => {
    expect(formatDateTime('2026-07-01T23:30:00Z')).toBe('02/07/2026, 00:30');
    expect(formatDateTime('2026-12-01T23:30:00Z')).toBe('01/12/2026, 23:30');
  });

  it('names period keys as people read them', () => {
    expect(formatPeriodKey('2026-08')).toBe('Aug 2026');
    // The period labels' spelling, not ICU's en-GB "Sept".
    expect(formatPeriodKey('2026-09')).toBe('Sep 2026');
    expect(formatPeriodKey('2025/26 Q4')).toBe('Q4 2025/26');
    expect(formatPeriodKey('2025/26')).toBe('2025/26');
  });
});
