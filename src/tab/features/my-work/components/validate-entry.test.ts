import { describe, expect, it } from 'vitest';
import { parseOptionalFigure as parseFigure } from '../../../../domain/values/index.js';
import { readEntry, validateEntry, type EntryDraft } from './validate-entry.js';

const draft = (patch: Partial<EntryDraft>): EntryDraft => ({
  value: '',
  notAvailable: false,
  notAvailableReason: '',
  commentary: '',
  evidenceUrl: '',
  forecast: '',
  ...patch,
});

describe('parseFigure (the domain parser the tab now uses)', () => {
  it('accepts figures as officers type them', () => {
    expect(parseFigure('16,200')).toEqual({ ok: true, value: 16200 });
    expect(parseFigure(' 74.5% ')).toEqual({ ok: true, value: 74.5 });
    expect(parseFigure('£1,234.50')).toEqual({ ok: true, value: 1234.5 });
    expect(parseFigure('')).toEqual({ ok: true, value: null });
    expect(parseFigure('twelve').ok).toBe(false);
  });

  it('refuses what it used to misread: "1,23" was 123 and "0x10" was 16', () => {
    expect(parseFigure('1,23').ok).toBe(false);
    expect(parseFigure('0x10').ok).toBe(false);
    expect(validateEntry(draft({ value: '1,23' })).value).toBe(
      'The figure has a comma in the wrong place: commas separate thousands, e.g. 1,234 or 12,345',
    );
    expect(validateEntry(draft({ value: '5', forecast: '0x10' })).forecast).toMatch(
      /^The forecast is not a number in ordinary digits/,
    );
  });
});

describe('validateEntry', () => {
  it('needs a figure, or a reason when it is not available', () => {
    expect(validateEntry(draft({})).value).toMatch(/Enter the figure/);
    expect(validateEntry(draft({ notAvailable: true })).notAvailableReason).toMatch(/Say why/);
    expect(validateEntry(draft({ notAvailable: true, notAvailableReason: 'System down' }))).toEqual(
      {},
    );
    expect(validateEntry(draft({ value: '16,200' }))).toEqual({});
  });

  it('hands back the entry in numbers, ready to send', () => {
    expect(readEntry(draft({ value: '£3,400', forecast: '3,500', evidenceUrl: ' ' }))).toEqual({
      ok: true,
      entry: {
        value: 3400,
        notAvailableReason: null,
        commentary: '',
        evidenceUrl: null,
        forecast: 3500,
      },
    });
    expect(
      readEntry(draft({ notAvailable: true, notAvailableReason: 'System down', value: 'x' })),
    ).toMatchObject({ ok: true, entry: { value: null, notAvailableReason: 'System down' } });
  });

  it('refuses commentary over the limit the server keeps', () => {
    expect(validateEntry(draft({ value: '1', commentary: 'x'.repeat(4001) })).commentary).toBe(
      'Must be at most 4000 characters (it has 4001)',
    );
  });

  it('refuses an evidence link that is not a web address', () => {
    expect(
      validateEntry(draft({ value: '1', evidenceUrl: 'S:\\\\shared\\\\wr04.xlsx' })).evidenceUrl,
    ).toMatch(/https/);
    expect(validateEntry(draft({ value: '1', evidenceUrl: 'https://example.org/e' }))).toEqual({});
  });
});
