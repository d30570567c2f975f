import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors/errors.js';
import { FIGURE_REASONS } from '../../src/domain/values/index.js';
import { emptyDraft } from '../cards/index.js';
import { enterEvent } from './read-entry.js';

const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.problems;
    throw e;
  }
  return [];
};

describe('enterEvent: the entry card read by the domain’s one reading', () => {
  it('turns what was typed into the enter event', () => {
    expect(enterEvent({ ...emptyDraft(), value: '£3,400', forecast: '3,500' }, true)).toEqual({
      type: 'enter',
      value: 3400,
      notAvailableReason: null,
      commentary: '',
      evidenceUrl: null,
      forecast: 3500,
      plausibilityConfirmed: true,
    });
  });

  it('refuses "1,23" and "0x10" by field, as the tab does', () => {
    expect(problemsOf(() => enterEvent({ ...emptyDraft(), value: '1,23' }, false))).toEqual([
      { field: 'value', message: FIGURE_REASONS.comma },
    ]);
    expect(
      problemsOf(() => enterEvent({ ...emptyDraft(), value: '5', forecast: '0x10' }, false)),
    ).toEqual([{ field: 'forecast', message: FIGURE_REASONS.hex }]);
  });

  it('asks for a reason when the figure is not available, and takes one', () => {
    const na = { ...emptyDraft(), notAvailable: true };
    expect(problemsOf(() => enterEvent(na, false)).map((p) => p.field)).toEqual([
      'notAvailableReason',
    ]);
    expect(enterEvent({ ...na, notAvailableReason: 'survey not run' }, false)).toMatchObject({
      value: null,
      notAvailableReason: 'survey not run',
    });
  });
});
