import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { instantFromLondon, londonDate, londonParts } from './london-time.js';

describe('londonParts and londonDate', () => {
  it('follows the clocks going forward on 30 March 2025 at 01:00 GMT', () => {
    expect(londonParts('2025-03-30T00:59:59Z')).toEqual({
      date: '2025-03-30',
      hour: 0,
      minute: 59,
      weekday: 7,
    });
    expect(londonParts('2025-03-30T01:00:00Z')).toEqual({
      date: '2025-03-30',
      hour: 2,
      minute: 0,
      weekday: 7,
    });
  });

  it('follows the clocks going back on 26 October 2025 at 01:00 GMT', () => {
    expect(londonParts('2025-10-26T00:59:00Z')).toMatchObject({ hour: 1, minute: 59 });
    expect(londonParts('2025-10-26T01:00:00Z')).toMatchObject({ hour: 1, minute: 0 });
  });

  it('gives the London date, which in BST can be a day after the UTC date', () => {
    expect(londonDate('2025-06-30T23:30:00.000Z')).toBe('2025-07-01');
    expect(londonDate('2025-12-31T23:30:00.000Z')).toBe('2025-12-31');
    expect(londonDate(new Date(Date.UTC(2026, 2, 31, 23, 0)))).toBe('2026-04-01');
    expect(londonParts('2025-07-21T08:00:00Z').weekday).toBe(1);
  });

  it('refuses an unreadable instant', () => {
    expect(() => londonDate('yesterday')).toThrow(ValidationError);
    expect(() => londonParts(new Date(Number.NaN))).toThrow(/at: /);
  });
});

describe('instantFromLondon', () => {
  it('reads BST and GMT local times', () => {
    expect(instantFromLondon('2025-07-18T09:00')).toBe('2025-07-18T08:00:00.000Z');
    expect(instantFromLondon('2025-12-01T09:00')).toBe('2025-12-01T09:00:00.000Z');
    expect(instantFromLondon('2025-07-18T09:00:30')).toBe('2025-07-18T08:00:30.000Z');
  });

  it('is exact either side of the March change', () => {
    expect(instantFromLondon('2025-03-30T00:30')).toBe('2025-03-30T00:30:00.000Z');
    expect(instantFromLondon('2025-03-30T03:00')).toBe('2025-03-30T02:00:00.000Z');
    // 01:30 does not exist that morning: read with the GMT offset (shown as 02:30 BST).
    expect(instantFromLondon('2025-03-30T01:30')).toBe('2025-03-30T01:30:00.000Z');
  });

  it('takes the earlier (BST) instant in the repeated October hour', () => {
    expect(instantFromLondon('2025-10-26T00:30')).toBe('2025-10-25T23:30:00.000Z');
    expect(instantFromLondon('2025-10-26T01:30')).toBe('2025-10-26T00:30:00.000Z');
    expect(instantFromLondon('2025-10-26T02:30')).toBe('2025-10-26T02:30:00.000Z');
  });

  it('round-trips through londonParts', () => {
    expect(londonParts(instantFromLondon('2025-08-25T17:45'))).toMatchObject({
      date: '2025-08-25',
      hour: 17,
      minute: 45,
    });
  });

  it.each([
    '2025-07-18 09:00',
    '2025-07-18T24:00',
    '2025-02-29T09:00',
    '2025-07-18T09:60',
    '2025-07-18',
  ])('refuses %j', (text) => {
    expect(() => instantFromLondon(text)).toThrow(ValidationError);
  });
});
