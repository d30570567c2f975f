import { describe, expect, it } from 'vitest';
import { ENTRY_MESSAGES, entryProblems, webAddressProblem } from './entry-rules.js';
import { MAX_COMMENTARY, MAX_REASON, MAX_URL } from './limits.js';
import { FIGURE_REASONS } from './parse-figure.js';
import { readTypedEntry, type TypedEntry } from './read-typed-entry.js';

const typed = (patch: Partial<TypedEntry>): TypedEntry => ({
  value: '',
  notAvailable: false,
  notAvailableReason: '',
  commentary: '',
  evidenceUrl: '',
  forecast: '',
  ...patch,
});

describe('entryProblems: what an entry must be, whichever channel sent it', () => {
  it('accepts a figure with commentary and a link, and a missing figure with a reason', () => {
    expect(
      entryProblems({ value: 42, commentary: 'fine', evidenceUrl: 'https://x.example/e' }),
    ).toEqual([]);
    expect(
      entryProblems({ value: null, notAvailableReason: 'survey not run', commentary: '' }),
    ).toEqual([]);
  });

  it('names every field that is wrong', () => {
    expect(
      entryProblems({
        value: Number.NaN,
        commentary: 'x'.repeat(MAX_COMMENTARY + 1),
        evidenceUrl: 'S:\\shared\\wr04.xlsx',
        forecast: Infinity,
      }),
    ).toEqual([
      { field: 'value', message: ENTRY_MESSAGES.notFinite },
      {
        field: 'commentary',
        message: `must be at most ${MAX_COMMENTARY} characters (it has 4001)`,
      },
      { field: 'evidenceUrl', message: ENTRY_MESSAGES.webAddress },
      { field: 'forecast', message: ENTRY_MESSAGES.notFinite },
    ]);
  });

  it('needs a reason for a missing figure, within the reason limit', () => {
    expect(entryProblems({ value: null, notAvailableReason: '  ', commentary: '' })).toEqual([
      { field: 'notAvailableReason', message: ENTRY_MESSAGES.reasonRequired },
    ]);
    const long = 'r'.repeat(MAX_REASON + 1);
    expect(entryProblems({ value: null, notAvailableReason: long, commentary: '' })[0]?.field).toBe(
      'notAvailableReason',
    );
    expect(
      entryProblems({ value: null, notAvailableReason: 'r'.repeat(MAX_REASON), commentary: '' }),
    ).toEqual([]);
  });

  it('takes a web address of http or https up to the limit, nothing else', () => {
    expect(webAddressProblem(null)).toBeNull();
    expect(webAddressProblem('')).toBeNull();
    expect(webAddressProblem('http://intranet.example/wr04')).toBeNull();
    expect(webAddressProblem('javascript:alert(1)')).toBe(ENTRY_MESSAGES.webAddress);
    expect(webAddressProblem('file:///C:/wr04.xlsx')).toBe(ENTRY_MESSAGES.webAddress);
    const at = (n: number) => `https://x.example/${'a'.repeat(n - 'https://x.example/'.length)}`;
    expect(webAddressProblem(at(MAX_URL))).toBeNull();
    expect(webAddressProblem(at(MAX_URL + 1))).toMatch(/at most 2048 characters/);
  });
});

describe('readTypedEntry: the tab and the bot read what was typed the same way', () => {
  it('reads figures as people type them', () => {
    expect(readTypedEntry(typed({ value: '£3,400', forecast: '3,500', commentary: 'ok' }))).toEqual(
      {
        ok: true,
        entry: {
          value: 3400,
          notAvailableReason: null,
          commentary: 'ok',
          evidenceUrl: null,
          forecast: 3500,
        },
      },
    );
  });

  it('refuses "1,23" and "0x10" rather than reading them as 123 and 16', () => {
    expect(readTypedEntry(typed({ value: '1,23' }))).toEqual({
      ok: false,
      problems: [{ field: 'value', message: FIGURE_REASONS.comma }],
    });
    expect(readTypedEntry(typed({ value: '12', forecast: '0x10' }))).toEqual({
      ok: false,
      problems: [{ field: 'forecast', message: FIGURE_REASONS.hex }],
    });
  });

  it('asks for the figure, or a reason when it is not available, and reports each field once', () => {
    expect(readTypedEntry(typed({}))).toEqual({
      ok: false,
      problems: [{ field: 'value', message: ENTRY_MESSAGES.valueRequired }],
    });
    expect(readTypedEntry(typed({ notAvailable: true, value: 'ignored' }))).toEqual({
      ok: false,
      problems: [{ field: 'notAvailableReason', message: ENTRY_MESSAGES.reasonRequired }],
    });
    const both = readTypedEntry(typed({ value: 'twelve', evidenceUrl: 'not a link' }));
    expect(both.ok ? [] : both.problems.map((p) => p.field)).toEqual(['value', 'evidenceUrl']);
  });

  it("refuses a sign that contradicts the indicator's unit when the unit is known", () => {
    expect(readTypedEntry(typed({ value: '12%' }), 'count')).toEqual({
      ok: false,
      problems: [{ field: 'value', message: 'has a % sign but the unit is count' }],
    });
    expect(readTypedEntry(typed({ value: '12%' })).ok).toBe(true);
  });
});
