import { describe, expect, it } from 'vitest';
import type { IndicatorReturn } from '../model/types.js';
import { newReturn } from './new-return.js';
import { MAX_REOPEN_REASON, reopen } from './reopen.js';

const AT = '2026-02-01T09:00:00.000Z';

function authorised(overrides: Partial<IndicatorReturn> = {}): IndicatorReturn {
  return {
    ...newReturn('ind-1', '2025-10'),
    id: 'ret-1',
    state: 'authorised',
    value: 432100,
    commentary: 'As counted',
    forecast: 45000,
    enteredBy: 'officer',
    enteredAt: '2025-11-10T09:00:00.000Z',
    checkedBy: 'checker',
    checkedAt: '2025-11-11T09:00:00.000Z',
    authorisedBy: 'authoriser',
    authorisedAt: '2025-11-12T09:00:00.000Z',
    procedureVersion: 2,
    ...overrides,
  };
}

describe('reopening an authorised figure', () => {
  it('sends it back to be entered, keeping the authorised figure with who reopened it and why', () => {
    const result = reopen(authorised(), 'admin', '  An extra digit was typed  ', AT);
    if (!result.ok) throw new Error(result.reason);
    expect(result.fields).toMatchObject({
      state: 'due',
      value: null,
      enteredBy: null,
      checkedBy: null,
      authorisedBy: null,
      authorisedAt: null,
    });
    expect(result.fields.restatements).toEqual([
      {
        value: 432100,
        notAvailableReason: null,
        commentary: 'As counted',
        forecast: 45000,
        enteredBy: 'officer',
        checkedBy: 'checker',
        authorisedBy: 'authoriser',
        authorisedAt: '2025-11-12T09:00:00.000Z',
        reopenedBy: 'admin',
        reopenedAt: AT,
        reason: 'An extra digit was typed',
      },
    ]);
  });

  it('adds to the restatements of a figure restated before, oldest first', () => {
    const first = reopen(authorised(), 'admin', 'first', AT);
    if (!first.ok) throw new Error(first.reason);
    const again = reopen(
      authorised({ value: 43210, restatements: first.fields.restatements }),
      'authoriser',
      'second',
      '2026-03-01T09:00:00.000Z',
    );
    if (!again.ok) throw new Error(again.reason);
    expect(again.fields.restatements?.map((r) => [r.value, r.reason])).toEqual([
      [432100, 'first'],
      [43210, 'second'],
    ]);
  });

  it('refuses a figure not yet authorised, and a missing or over-long reason', () => {
    for (const state of ['due', 'submitted', 'checked'] as const) {
      expect(reopen(authorised({ state }), 'admin', 'why', AT)).toMatchObject({
        ok: false,
        code: 'not-authorised',
      });
    }
    expect(reopen(authorised(), 'admin', '   ', AT)).toMatchObject({
      ok: false,
      code: 'no-reason',
    });
    expect(reopen(authorised(), 'admin', 'x'.repeat(MAX_REOPEN_REASON + 1), AT)).toMatchObject({
      ok: false,
      code: 'reason-too-long',
    });
  });
});
