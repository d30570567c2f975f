import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFigure as read } from '../../src/domain/values/index.js';
import { parseReply } from './parse-reply.js';

// The bot reads figures with the domain's one parser; these are the cases the bot relied on.
const parseFigure = (text: string): number | null => {
  const r = read(text);
  return r.ok ? r.value : null;
};

describe('parseFigure, as the bot uses it', () => {
  it.each([
    ['1,234', 1234],
    ['12.5%', 12.5],
    ['£3,400', 3400],
    ['£3,400.50', 3400.5],
    ['-2.5', -2.5],
    ['−4', -4],
    ['-£12', -12],
    ['1,234,567', 1234567],
    ['0', 0],
    [' 42 ', 42],
  ])('reads %s as %d', (text, value) => {
    expect(parseFigure(text)).toBe(value);
  });

  it.each(['1,23', '12,3456', 'twenty', '', '1.2.3', '%', '£', '3e5', '1 234 x'])(
    'refuses %j',
    (text) => {
      expect(parseFigure(text)).toBeNull();
    },
  );

  it('reads back any whole number written with en-GB thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(parseFigure(n.toLocaleString('en-GB'))).toBe(n);
      }),
    );
  });

  it('reads back any amount of money with pence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (pence) => {
        const text = `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
        expect(parseFigure(text)).toBeCloseTo(pence / 100, 6);
      }),
    );
  });
});

describe('parseReply', () => {
  it('reads a figure with commentary when no return is named', () => {
    expect(parseReply('42.5 routes changed in June')).toEqual({
      kind: 'figure',
      code: null,
      value: 42.5,
      valueText: '42.5',
      commentary: 'routes changed in June',
    });
  });

  it('reads a named return, in any case, with separators people type', () => {
    expect(parseReply('mb01: 1,234 – steady')).toMatchObject({
      kind: 'figure',
      code: 'MB01',
      value: 1234,
      commentary: 'steady',
    });
    expect(parseReply('WR04 £3,400')).toMatchObject({ code: 'WR04', value: 3400, commentary: '' });
    expect(parseReply('<at>Golden Thread</at> 12.5% up on last year')).toMatchObject({
      value: 12.5,
      commentary: 'up on last year',
    });
  });

  it('reads "not available" with a reason', () => {
    expect(parseReply('HS04 n/a survey not run this year')).toEqual({
      kind: 'not-available',
      code: 'HS04',
      reason: 'survey not run this year',
    });
    expect(parseReply('Not available: system outage')).toEqual({
      kind: 'not-available',
      code: null,
      reason: 'system outage',
    });
  });

  it('reads the commands', () => {
    expect(parseReply('  Help ')).toEqual({ kind: 'help' });
    expect(parseReply('My  Returns')).toEqual({ kind: 'my-returns' });
    expect(parseReply('status wr04')).toEqual({ kind: 'status', code: 'WR04' });
  });

  it('reads the channel commands, after the mention Teams puts in front', () => {
    expect(parseReply('<at>Golden Thread</at> post reports here')).toEqual({
      kind: 'report-channel',
      action: 'set',
    });
    expect(parseReply('<at>Golden Thread</at>&nbsp;Post the reports here.')).toEqual({
      kind: 'report-channel',
      action: 'set',
    });
    expect(parseReply('<at>Golden Thread</at>\nstop posting  reports here')).toEqual({
      kind: 'report-channel',
      action: 'clear',
    });
    expect(parseReply('post reports here and there').kind).toBe('unknown');
  });

  it('does not take words or a bad number for a figure', () => {
    expect(parseReply('thanks!').kind).toBe('unknown');
    expect(parseReply('1,23 odd').kind).toBe('unknown');
    expect(parseReply('WR04').kind).toBe('unknown');
  });

  it('reads a key action’s progress, and leaves figures and commands as they were', () => {
    expect(
      parseReply('<at>Golden Thread</at> KA12 on track 60% planning permission granted'),
    ).toEqual({
      kind: 'key-action',
      update: {
        ok: true,
        code: 'KA12',
        status: 'on-track',
        percent: 60,
        commentary: 'planning permission granted',
      },
    });
    expect(parseReply('WR-KA1 complete 100% done')).toMatchObject({
      kind: 'key-action',
      update: { code: 'WR-KA1', status: 'complete', percent: 100 },
    });
    expect(parseReply('unlikely')).toMatchObject({ kind: 'key-action', update: { ok: false } });
    // An indicator code with a figure is still a figure, `n/a` still not available.
    expect(parseReply('KA12 60% fine').kind).toBe('figure');
    expect(parseReply('KA12 n/a no survey').kind).toBe('not-available');
    expect(parseReply('status KA12').kind).toBe('status');
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect([
          'help',
          'my-returns',
          'status',
          'remind-tomorrow',
          'on-leave',
          'report-channel',
          'figure',
          'not-available',
          'key-action',
          'unknown',
        ]).toContain(parseReply(text).kind);
      }),
    );
  });
});
