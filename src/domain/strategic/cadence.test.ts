// Worked examples of the strategic dashboard's cadence (cadence.ts): every N days from the anchor,
// a weekend or bank holiday moved to the next working day without moving the editions after it.
import { describe, expect, it } from 'vitest';
import {
  cadenceProblems,
  DEFAULT_STRATEGIC_CADENCE,
  editionDates,
  latestEdition,
  MAX_EDITIONS,
  nextEdition,
} from './cadence.js';

describe('editionDates', () => {
  it('lists every three weeks from the anchor, newest first, up to today', () => {
    expect(editionDates(DEFAULT_STRATEGIC_CADENCE, '2025-06-09')).toEqual([
      '2025-06-09',
      '2025-05-19',
      '2025-04-28',
      '2025-04-07',
    ]);
    // The day before an edition, that edition is not yet issued.
    expect(latestEdition(DEFAULT_STRATEGIC_CADENCE, '2025-06-08')).toBe('2025-05-19');
  });

  it('moves an edition on a bank holiday to the next working day, and the next stays put', () => {
    // 05/05/2025 is the Early May bank holiday and 26/05/2025 the Spring bank holiday.
    const cadence = { everyDays: 21, anchor: '2025-05-05' };
    expect(editionDates(cadence, '2025-06-16')).toEqual(['2025-06-16', '2025-05-27', '2025-05-06']);
    // On the bank holiday itself the moved edition is still to come.
    expect(latestEdition(cadence, '2025-05-26')).toBe('2025-05-06');
    expect(nextEdition(cadence, '2025-05-26')).toBe('2025-05-27');
  });

  it('skips Christmas Day and Boxing Day over a weekend', () => {
    // Thursday 25/12/2025 and Friday 26/12/2025: issued on Monday 29/12/2025.
    const cadence = { everyDays: 7, anchor: '2025-12-18' };
    expect(editionDates(cadence, '2025-12-29')).toEqual(['2025-12-29', '2025-12-18']);
  });

  it('reaches the year end: the edition of 30/03/2026 is the last of 2025/26', () => {
    expect(latestEdition(DEFAULT_STRATEGIC_CADENCE, '2026-03-31')).toBe('2026-03-30');
    expect(nextEdition(DEFAULT_STRATEGIC_CADENCE, '2026-03-31')).toBe('2026-04-20');
  });

  it('has none before the anchor, and the anchor as the next', () => {
    expect(editionDates(DEFAULT_STRATEGIC_CADENCE, '2025-04-06')).toEqual([]);
    expect(latestEdition(DEFAULT_STRATEGIC_CADENCE, '2025-04-06')).toBeNull();
    expect(nextEdition(DEFAULT_STRATEGIC_CADENCE, '2025-01-01')).toBe('2025-04-07');
  });

  it('keeps the history to the latest MAX_EDITIONS', () => {
    const dates = editionDates(DEFAULT_STRATEGIC_CADENCE, '2030-01-01');
    expect(dates).toHaveLength(MAX_EDITIONS);
    expect(dates[0]! > dates.at(-1)!).toBe(true);
  });
});

describe('cadenceProblems', () => {
  it('accepts a council’s own cadence', () => {
    expect(cadenceProblems({ everyDays: 14, anchor: '2026-04-13' })).toEqual([]);
  });

  it('names each field that is wrong', () => {
    expect(cadenceProblems({ everyDays: 3, anchor: '13/04/2026' }).map((p) => p.field)).toEqual([
      'strategicDashboardCadence.everyDays',
      'strategicDashboardCadence.anchor',
    ]);
    for (const everyDays of [0, 21.5, 92, '21'])
      expect(cadenceProblems({ everyDays, anchor: '2026-04-13' })).toHaveLength(1);
    expect(cadenceProblems(null)).toHaveLength(2);
  });
});
