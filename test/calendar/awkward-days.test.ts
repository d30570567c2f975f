// The calendar sweep's awkward moments (issue #12), beyond the whole year the four quarter files
// sweep: the financial year's last and first days (also across midnight in summer time, when
// 23:30 UTC is already tomorrow in London), both clock changes at the hour that moves, Christmas
// and New Year bank holidays with their substitute days, 29 February, a Sunday, the edges of the
// 08:00–18:00 reminder window, and years after the shipped bank-holiday table.
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/domain/periods/index.js';
import { expectNoProblems } from './sweep-checks.js';
import { londonAt, sweepMoment } from './sweep.js';

describe('the demo council at awkward moments', () => {
  it('gives every role work across the turn of the financial year', async () => {
    const results = await Promise.all(
      [
        londonAt('2026-03-31', '17:59'),
        '2026-03-31T23:30:00.000Z', // 00:30 on 1 April in London (summer time)
        londonAt('2026-04-01'),
        londonAt('2027-03-31'),
        londonAt('2027-04-01'),
      ].map(sweepMoment),
    );
    expectNoProblems(results);
    expect(results.map((r) => r.today)).toEqual([
      '2026-03-31',
      '2026-04-01',
      '2026-04-01',
      '2027-03-31',
      '2027-04-01',
    ]);
  }, 60_000);

  it('reads the day in London through both clock changes', async () => {
    // 29/03/2026 01:00 GMT becomes 02:00 BST; 25/10/2026 02:00 BST becomes 01:00 GMT.
    const moments = [
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-10-24T23:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T01:30:00.000Z',
    ];
    const results = await Promise.all(moments.map(sweepMoment));
    expectNoProblems(results);
    expect(results.map((r) => r.today)).toEqual([
      '2026-03-29',
      '2026-03-29',
      '2026-10-25',
      '2026-10-25',
      '2026-10-25',
    ]);
    // Night-time on a Sunday: quiet on every count.
    expect(results.every((r) => r.quiet && r.remindersPlanned === 0)).toBe(true);
  }, 60_000);

  it('keeps quiet on bank holidays and Sundays, and still gives everyone work', async () => {
    const days = ['2026-12-25', '2026-12-28', '2027-01-01', '2029-12-26', '2026-12-06'];
    const results = await Promise.all(days.map((d) => sweepMoment(londonAt(d))));
    expectNoProblems(results);
    for (const r of results) {
      expect(isWorkingDay(r.today), `${r.today} is a bank holiday or a Sunday`).toBe(false);
      expect(r.quiet).toBe(true);
      expect(r.remindersPlanned).toBe(0);
    }
  }, 60_000);

  it('reminds only inside 08:00–18:00 London on a working day', async () => {
    const at = (time: string) => sweepMoment(londonAt('2026-12-02', time));
    const [early, opening, closing, late] = await Promise.all(
      ['07:59', '08:00', '17:59', '18:00'].map(at),
    );
    expectNoProblems([early!, opening!, closing!, late!]);
    expect(early!.quiet).toBe(true);
    expect(late!.quiet).toBe(true);
    expect(opening!.quiet).toBe(false);
    expect(closing!.quiet).toBe(false);
    expect(early!.remindersPlanned + late!.remindersPlanned).toBe(0);
  }, 60_000);

  it('works on 29 February and in years after the bank-holiday table', async () => {
    const results = await Promise.all(
      ['2024-02-29', '2028-02-29', '2031-06-16', '2035-01-10'].map((d) => sweepMoment(londonAt(d))),
    );
    expectNoProblems(results);
  }, 60_000);
});
