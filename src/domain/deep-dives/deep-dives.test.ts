// The deep-dive rules (issue 16): who may act on a review, where it stands in words, which review
// an indicator's standing is told by, and the questions in Derbyshire's words.
import { describe, expect, it } from 'vitest';
import type { Person } from '../model/types.js';
import {
  DEEP_DIVE_QUESTIONS,
  answeredCount,
  currentReview,
  deepDivePermissions,
  deepDiveRole,
  deepDiveStandingWords,
  deepDiveState,
  noAnswers,
} from './index.js';

type P = Pick<Person, 'roles' | 'delegateId'>;
const people = new Map<string, P>([
  ['team', { roles: ['admin'], delegateId: null }],
  ['lead', { roles: ['officer'], delegateId: 'deputy' }],
  ['deputy', { roles: ['officer'], delegateId: null }],
  ['other', { roles: ['officer', 'leadership'], delegateId: null }],
  ['gone', { roles: [], delegateId: null }],
]);

describe('who may act on a deep-dive review', () => {
  it('the performance team manages it, the lead and their delegate write it, others read', () => {
    const review = { leadOfficerId: 'lead' };
    expect(deepDiveRole(people, 'team', review)).toBe('performance-team');
    expect(deepDiveRole(people, 'lead', review)).toBe('lead');
    expect(deepDiveRole(people, 'deputy', review)).toBe('lead');
    expect(deepDiveRole(people, 'other', review)).toBe('reader');
    expect(deepDiveRole(people, 'nobody', review)).toBe('reader');
  });

  it('a lead who has left can no longer act, but the performance team still can', () => {
    expect(deepDiveRole(people, 'gone', { leadOfficerId: 'gone' })).toBe('reader');
    expect(deepDivePermissions('performance-team', { status: 'open' })).toEqual({
      write: true,
      manage: true,
      close: true,
    });
  });

  it('the lead writes and closes but does not manage; a closed review is read-only to all', () => {
    expect(deepDivePermissions('lead', { status: 'open' })).toEqual({
      write: true,
      manage: false,
      close: true,
    });
    expect(deepDivePermissions('reader', { status: 'open' })).toEqual({
      write: false,
      manage: false,
      close: false,
    });
    for (const role of ['performance-team', 'lead', 'reader'] as const) {
      expect(deepDivePermissions(role, { status: 'closed' })).toEqual({
        write: false,
        manage: false,
        close: false,
      });
    }
  });
});

describe('where a review stands', () => {
  const due = '2025-11-20';
  const open = { status: 'open' as const, dueDate: due, closedAt: null };
  it.each([
    ['2025-11-21', 'overdue', 'Overdue: was due 20/11/2025'],
    ['2025-11-20', 'due-soon', 'Under way, due soon: 20/11/2025'],
    ['2025-11-06', 'due-soon', 'Under way, due soon: 20/11/2025'],
    ['2025-11-05', 'under-way', 'Under way, due 20/11/2025'],
  ])('on %s it is %s', (today, state, words) => {
    expect(deepDiveState(open, today)).toBe(state);
    expect(deepDiveStandingWords(open, today)).toBe(words);
  });

  it('a closed review says when it closed (London date), whatever its due date', () => {
    const closed = {
      status: 'closed' as const,
      dueDate: due,
      closedAt: '2025-10-31T23:30:00.000Z',
    };
    expect(deepDiveState(closed, '2026-01-01')).toBe('closed');
    // 23:30 UTC on 31 October is still 31 October in London (GMT by then).
    expect(deepDiveStandingWords(closed, '2026-01-01')).toBe('Closed 31/10/2025');
    const summer = { ...closed, closedAt: '2025-06-30T23:30:00.000Z' };
    expect(deepDiveStandingWords(summer, '2026-01-01')).toBe('Closed 01/07/2025');
  });

  it('an indicator is told by its open review, else its latest closed one, else none', () => {
    const a = {
      id: 'a',
      status: 'closed' as const,
      closedAt: '2025-05-01T10:00:00Z',
      requestedAt: '2025-04-01T10:00:00Z',
    };
    const b = {
      id: 'b',
      status: 'closed' as const,
      closedAt: '2025-09-01T10:00:00Z',
      requestedAt: '2025-08-01T10:00:00Z',
    };
    const c = {
      id: 'c',
      status: 'open' as const,
      closedAt: null,
      requestedAt: '2025-10-01T10:00:00Z',
    };
    expect(currentReview([a, b])?.id).toBe('b');
    expect(currentReview([a, c, b])?.id).toBe('c');
    expect(currentReview([])).toBeNull();
  });
});

describe('the review questions', () => {
  it('are Derbyshire’s six, each with a key of the answers', () => {
    expect(DEEP_DIVE_QUESTIONS.map((q) => q.question)).toEqual([
      'Why is this the case?',
      'What are the implications of the current level of performance?',
      'What impact will this have on service users, local people and partner agencies?',
      "How will this affect the achievement of the Council's priorities and key risk areas?",
      'Are actions to bring performance back on track, that are already in place, proving to be effective?',
      'What is the predicted performance if no additional actions are taken?',
    ]);
    expect(Object.keys(noAnswers()).sort()).toEqual(DEEP_DIVE_QUESTIONS.map((q) => q.key).sort());
  });

  it('counts the answered ones, blanks and spaces not counted', () => {
    expect(answeredCount(noAnswers())).toBe(0);
    expect(answeredCount({ ...noAnswers(), implications: 'Late', whyIsThisTheCase: '  ' })).toBe(1);
  });
});
