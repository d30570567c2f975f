import { describe, expect, it } from 'vitest';
import type { Period } from '../../../shared/api/index.js';
import { initialPeriod, kindOfKey, periodKeyOf } from './initial-period.js';

const quarter = (index: number, start: string, end: string): Period => ({
  key: `2025/26 Q${index}`,
  kind: 'quarter',
  year: '2025/26',
  fyStart: 2025,
  index,
  start,
  end,
  label: `Q${index} 2025/26`,
});
// Newest first, as getPeriodChoices gives them; on 20/11/2025 Q3 has begun but not ended.
const QUARTERS = [
  quarter(3, '2025-10-01', '2025-12-31'),
  quarter(2, '2025-07-01', '2025-09-30'),
  quarter(1, '2025-04-01', '2025-06-30'),
];

describe('the period a report picker starts on', () => {
  it('is the latest period that has ended, not the one in progress', () => {
    expect(initialPeriod('quarter', QUARTERS, '2025-11-20')).toBe('2025/26 Q2');
    expect(initialPeriod('quarter', QUARTERS, '2026-01-05')).toBe('2025/26 Q3');
    expect(initialPeriod('quarter', QUARTERS.slice(0, 1), '2025-11-20')).toBe('2025/26 Q3');
    expect(initialPeriod('quarter', [], '2025-11-20')).toBe('');
  });

  it("is the link's period when it is of the picker's kind, in key or label form", () => {
    expect(initialPeriod('quarter', QUARTERS, '2025-11-20', '2025/26 Q1')).toBe('2025/26 Q1');
    expect(initialPeriod('quarter', QUARTERS, '2025-11-20', 'q1 2025/26')).toBe('2025/26 Q1');
    expect(initialPeriod('year', [], '2025-11-20', '2025/26 Q1')).toBe('');
    expect(initialPeriod('month', [], '2025-11-20', '2025-08')).toBe('2025-08');
  });

  it('sends an unreadable linked period to the quarter pickers, as given', () => {
    expect(kindOfKey('2025-Q2')).toBe('quarter');
    expect(kindOfKey('2025/26')).toBe('year');
    expect(periodKeyOf(' 2025-Q2 ')).toBe('2025-Q2');
    expect(initialPeriod('quarter', QUARTERS, '2025-11-20', '2025-Q2')).toBe('2025-Q2');
  });
});
