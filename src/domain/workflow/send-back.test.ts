import { describe, expect, it } from 'vitest';
import type { ReturnEvent } from './types.js';
import { assertTransition, transition } from './transition.js';
import {
  NOW,
  aReturn,
  authoriser,
  collector,
  ctx,
  enter,
  responsible,
} from '../../../test/support/workflow-fixtures.js';

describe('send back and resubmission', () => {
  const reason = 'Numerator and denominator are swapped.';

  it('the Responsible Officer sends a submitted return back to due, keeping the figure', () => {
    const submitted = aReturn('submitted', { value: 12 });
    const { next, audit } = assertTransition(
      submitted,
      { type: 'send-back', reason: `  ${reason} ` },
      responsible,
      ctx(),
    );
    expect(next).toMatchObject({
      state: 'due',
      value: 12,
      sentBackReason: reason,
      sentBackBy: 'responsible-1',
    });
    expect(audit).toEqual([
      {
        event: 'return.sent-back',
        actorId: 'responsible-1',
        at: NOW,
        from: 'submitted',
        to: 'due',
        reason,
      },
    ]);
  });

  it('the Authorising Officer sends a checked return back to submitted, withdrawing the check', () => {
    const checked = aReturn('checked', { actionPlanId: 'ap-1' });
    const { next, audit } = assertTransition(
      checked,
      { type: 'send-back', reason },
      authoriser,
      ctx(),
    );
    expect(next).toMatchObject({
      state: 'submitted',
      checkedBy: null,
      checkedAt: null,
      actionPlanId: null,
      enteredBy: 'collector-1',
      sentBackBy: 'authoriser-1',
    });
    expect(audit[0]).toMatchObject({
      event: 'return.sent-back',
      from: 'checked',
      to: 'submitted',
      reason,
    });
  });

  it.each([
    ['empty', '', 'reason-required'],
    ['blank', ' \n\t ', 'reason-required'],
    ['missing', undefined as unknown as string, 'reason-required'],
    ['2,001 characters', 'y'.repeat(2001), 'invalid-value'],
  ] as const)('refuses a %s reason', (_, bad, code) => {
    const result = transition(
      aReturn('submitted'),
      { type: 'send-back', reason: bad },
      responsible,
      ctx(),
    );
    expect(result).toMatchObject({ ok: false, code });
  });

  it('accepts a 2,000-character reason once trimmed', () => {
    const result = transition(
      aReturn('submitted'),
      { type: 'send-back', reason: ` ${'y'.repeat(2000)} ` },
      responsible,
      ctx(),
    );
    expect(result.ok).toBe(true);
  });

  it('only the Responsible Officer sends back from submitted; only the Authorising Officer from checked', () => {
    const sendBack: ReturnEvent = { type: 'send-back', reason };
    expect(transition(aReturn('submitted'), sendBack, authoriser, ctx())).toMatchObject({
      code: 'not-assigned',
    });
    expect(transition(aReturn('checked'), sendBack, responsible, ctx())).toMatchObject({
      code: 'not-assigned',
    });
    expect(transition(aReturn('submitted'), sendBack, collector, ctx())).toMatchObject({
      code: 'not-assigned',
    });
  });

  it('entering again clears the send-back and emits return.resubmitted', () => {
    const sentBack = assertTransition(
      aReturn('submitted'),
      { type: 'send-back', reason },
      responsible,
      ctx(),
    ).next;
    const later = '2025-07-15T08:00:00.000Z';
    const { next, audit } = assertTransition(
      sentBack,
      enter({ value: 15 }),
      collector,
      ctx({ now: later }),
    );
    expect(next).toMatchObject({
      state: 'submitted',
      value: 15,
      sentBackReason: null,
      sentBackBy: null,
      enteredAt: later,
    });
    expect(audit).toEqual([
      {
        event: 'return.resubmitted',
        actorId: 'collector-1',
        at: later,
        from: 'due',
        to: 'submitted',
      },
    ]);
  });

  it('runs the whole loop: enter, check, sent back twice, corrected, authorised', () => {
    const steps: Array<[ReturnEvent, typeof collector]> = [
      [enter({ value: 40 }), collector],
      [{ type: 'check' }, responsible],
      [{ type: 'send-back', reason: 'Wrong quarter.' }, authoriser],
      [{ type: 'send-back', reason: 'Please re-enter for Q1.' }, responsible],
      [enter({ value: 44 }), collector],
      [{ type: 'check' }, responsible],
      [{ type: 'authorise' }, authoriser],
    ];
    let current = aReturn('due');
    const events: string[] = [];
    for (const [event, who] of steps) {
      const result = assertTransition(current, event, who, ctx());
      current = result.next;
      events.push(...result.audit.map((a) => `${a.event}:${a.from}→${a.to}`));
    }
    expect(events).toEqual([
      'return.submitted:due→submitted',
      'return.checked:submitted→checked',
      'return.sent-back:checked→submitted',
      'return.sent-back:submitted→due',
      'return.resubmitted:due→submitted',
      'return.checked:submitted→checked',
      'return.authorised:checked→authorised',
    ]);
    expect(current).toMatchObject({ state: 'authorised', value: 44, sentBackReason: null });
  });
});
