import { describe, expect, it } from 'vitest';
import { parseFigure } from './parse-number.js';
import { validateEntry, type EntryDraft } from './validate-entry.js';

const draft = (patch: Partial<EntryDraft>): EntryDraft => ({
  value: '',
  notAvailable: false,
  notAvailableReason: '',
  commentary: '',
  evidenceUrl: '',
  forecast: '',
  ...patch,
});

describe('parseFigure', () => {
  it('accepts figures as officers type them', () => {
    expect(parseFigure('16,200')).toEqual({ ok: true, value: 16200 });
    expect(parseFigure(' 74.5% ')).toEqual({ ok: true, value: 74.5 });
    expect(parseFigure('£1,234.50')).toEqual({ ok: true, value: 1234.5 });
    expect(parseFigure('')).toEqual({ ok: true, value: null });
    expect(parseFigure('twelve').ok).toBe(false);
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

  it('refuses an evidence link that is not a web address', () => {
    expect(
      validateEntry(draft({ value: '1', evidenceUrl: 'S:\\\\shared\\\\wr04.xlsx' })).evidenceUrl,
    ).toMatch(/https/);
    expect(validateEntry(draft({ value: '1', evidenceUrl: 'https://example.org/e' }))).toEqual({});
  });
});
