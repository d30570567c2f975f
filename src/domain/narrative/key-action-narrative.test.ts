// Worked examples of the key-action "Key points" rules (key-action-narrative.ts).
import { describe, expect, it } from 'vitest';
import { keyActionNarrative, statusRank, type NarrativeKeyAction } from './key-action-narrative.js';

const action = (code: string, over: Partial<NarrativeKeyAction> = {}): NarrativeKeyAction => ({
  code,
  title: `Action ${code}`,
  status: 'on-track',
  previousStatus: 'on-track',
  missing: null,
  overdueMilestones: 0,
  ...over,
});
const say = (actions: NarrativeKeyAction[], noun = 'key action') =>
  keyActionNarrative({ actions, noun, periodLabel: 'Q2 2026/27', previousLabel: 'Q1 2026/27' });

describe('key-action narrative', () => {
  it('says nothing when there are no actions', () => {
    expect(say([])).toEqual([]);
  });

  it('counts each status in the words the reports use, and says when nothing moved', () => {
    expect(
      say([
        action('KA1', { status: 'complete', previousStatus: 'complete' }),
        action('KA2'),
        action('KA3'),
        action('KA4', { status: 'unlikely', previousStatus: 'unlikely' }),
      ]),
    ).toEqual([
      'Of 4 key actions, 1 is complete, 2 are on track and 1 is unlikely to achieve.',
      'No key action changed status since Q1 2026/27.',
    ]);
  });

  it('names what got worse before what improved, and calls worse worse', () => {
    expect(
      say([
        action('KA1', { status: 'some-risk', previousStatus: 'on-track' }),
        action('KA2', { status: 'on-track', previousStatus: 'unlikely' }),
        action('KA3', { status: 'complete', previousStatus: 'on-track' }),
      ]).slice(1),
    ).toEqual([
      'Since Q1 2026/27, 1 key action got worse: KA1 Action KA1 (on track to some risk).',
      'Since Q1 2026/27, 2 key actions improved: KA2 Action KA2 (unlikely to on track) and KA3 Action KA3 (on track to complete).',
    ]);
  });

  it('names at most three changes, then counts the others', () => {
    const worse = ['KA1', 'KA2', 'KA10', 'KA3', 'KA4'].map((c) =>
      action(c, { status: 'unlikely', previousStatus: 'some-risk' }),
    );
    expect(say(worse)[1]).toBe(
      'Since Q1 2026/27, 5 key actions got worse: KA1 Action KA1 (some risk to unlikely), ' +
        'KA2 Action KA2 (some risk to unlikely), KA3 Action KA3 (some risk to unlikely) and 2 others.',
    );
  });

  it('does not call starting work a change, nor a missing update a fall', () => {
    const out = say([
      action('KA1', { status: 'on-track', previousStatus: 'not-started' }),
      action('KA2', { status: null, missing: 'not-submitted' }),
    ]);
    expect(out[1]).toBe('No key action changed status since Q1 2026/27.');
    expect(out[2]).toBe('1 key action has no update from its owner for Q2 2026/27 (KA2).');
  });

  it('counts overdue milestones and the actions they sit in', () => {
    const out = say([
      action('KA1', { overdueMilestones: 2 }),
      action('KA2'),
      action('KA3', { overdueMilestones: 1 }),
    ]);
    expect(out).toContain(
      '3 milestones are overdue, in 2 key actions: KA1 Action KA1 (2) and KA3 Action KA3 (1).',
    );
  });

  it('tells updates not given from updates waiting for a check, and leaves out those not due', () => {
    const out = say(
      [
        action('P1', { status: null, previousStatus: null, missing: 'not-submitted' }),
        action('P2', { status: null, previousStatus: null, missing: 'not-submitted' }),
        action('P3', { status: null, missing: 'not-checked' }),
        action('P4', { status: null, missing: 'not-due' }),
      ],
      'corporate project',
    );
    expect(out).toEqual([
      'Of 4 corporate projects, none has an update for Q2 2026/27.',
      '2 corporate projects have no update from their owners for Q2 2026/27 (P1 and P2); ' +
        "1 update waits for the service head's check (P3).",
    ]);
  });

  it('ranks statuses by the key-action rating, complete above on track', () => {
    expect(statusRank('unlikely')).toBeLessThan(statusRank('some-risk'));
    expect(statusRank('some-risk')).toBeLessThan(statusRank('on-track'));
    expect(statusRank('not-started')).toBe(statusRank('on-track'));
    expect(statusRank('on-track')).toBeLessThan(statusRank('complete'));
  });
});
