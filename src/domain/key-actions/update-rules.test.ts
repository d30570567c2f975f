import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import type { KeyActionUpdate } from '../model/types.js';
import { keyActionRating } from '../ratings/key-action.js';
import {
  assertUpdateEntry,
  progressFrom,
  updateProblems,
  type UpdateEntry,
} from './update-rules.js';

const entry = (over: Partial<UpdateEntry> = {}): UpdateEntry => ({
  status: 'on-track',
  outcome: 'as-expected',
  percentComplete: 60,
  commentary: 'Planning permission granted',
  evidenceUrl: null,
  revisedDueDate: null,
  revisedDueReason: null,
  nextMilestone: '',
  ...over,
});
const fields = (e: UpdateEntry) => updateProblems(e, '2025-04-01').map((p) => p.field);

describe('updateProblems', () => {
  it('accepts a plain on-track update', () => {
    expect(fields(entry())).toEqual([]);
  });

  it('names every wrong field', () => {
    expect(
      fields(
        entry({
          status: 'sideways' as never,
          percentComplete: 101,
          evidenceUrl: 'javascript:alert(1)',
          revisedDueDate: '2025-02-30',
          nextMilestone: 'x'.repeat(501),
        }),
      ),
    ).toEqual([
      'status',
      'percentComplete',
      'evidenceUrl',
      'revisedDueDate',
      'revisedDueReason',
      'nextMilestone',
    ]);
  });

  it('asks for 100% when complete, a reason for a risk and for a revised date', () => {
    expect(fields(entry({ status: 'complete', percentComplete: 90 }))).toEqual(['percentComplete']);
    expect(fields(entry({ status: 'some-risk', commentary: '  ' }))).toEqual(['commentary']);
    expect(fields(entry({ revisedDueDate: '2026-06-30', revisedDueReason: '' }))).toEqual([
      'revisedDueReason',
    ]);
    expect(fields(entry({ revisedDueDate: '2025-01-01', revisedDueReason: 'why' }))).toEqual([
      'revisedDueDate',
    ]);
    expect(fields(entry({ percentComplete: 12.5 }))).toEqual(['percentComplete']);
    expect(fields(entry({ evidenceUrl: 'http://intranet/doc' }))).toEqual([]);
  });

  it('throws one ValidationError listing the problems', () => {
    expect(() => assertUpdateEntry(entry({ percentComplete: -1 }), null)).toThrow(ValidationError);
  });
});

describe('progressFrom', () => {
  const update = (over: Partial<KeyActionUpdate> = {}): KeyActionUpdate => ({
    id: 'u1',
    keyActionId: 'ka1',
    periodKey: '2025/26 Q2',
    state: 'submitted',
    status: 'some-risk',
    outcome: 'as-expected',
    percentComplete: 40,
    commentary: 'Contractor delayed',
    evidenceUrl: null,
    revisedDueDate: null,
    revisedDueReason: null,
    nextMilestone: 'Contract signed',
    enteredBy: 'p1',
    enteredAt: '2025-10-10T09:00:00.000Z',
    checkedBy: null,
    checkedAt: null,
    sentBackReason: null,
    sentBackBy: null,
    ...over,
  });
  const before = {
    revisedDueDate: '2026-06-30',
    revisedDueReason: 'Funding late',
    evidenceUrl: 'https://example.org/a',
  };

  it('copies the update onto the action and keeps an earlier revision standing', () => {
    const p = progressFrom(before, update(), '2025-10-11T08:00:00.000Z');
    expect(p).toEqual({
      status: 'some-risk',
      outcome: 'as-expected',
      percentComplete: 40,
      lastUpdate: 'Contractor delayed',
      lastUpdatedAt: '2025-10-11T08:00:00.000Z',
      evidenceUrl: 'https://example.org/a',
      revisedDueDate: '2026-06-30',
      revisedDueReason: 'Funding late',
      nextMilestone: 'Contract signed',
    });
    expect(keyActionRating(p.status, p.outcome)).toBe('review');
  });

  it('takes a new revision with its reason', () => {
    const p = progressFrom(
      before,
      update({ revisedDueDate: '2026-09-30', revisedDueReason: 'Contractor delayed' }),
      '2025-10-11T08:00:00.000Z',
    );
    expect([p.revisedDueDate, p.revisedDueReason]).toEqual(['2026-09-30', 'Contractor delayed']);
  });

  it('refuses an update that was never entered', () => {
    expect(() =>
      progressFrom(before, update({ status: null }), '2025-10-11T08:00:00.000Z'),
    ).toThrow(ValidationError);
  });
});
