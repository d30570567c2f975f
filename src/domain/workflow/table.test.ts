import { describe, expect, it } from 'vitest';
import type { ReturnState } from '../model/types.js';
import { RETURN_EVENT_TYPES, RETURN_STATES, WORKFLOW_TABLE } from './table.js';
import { transition } from './transition.js';
import type { ReturnEventType } from './types.js';
import { EVENTS, aReturn, ctx, everyone } from '../../../test/support/workflow-fixtures.js';

// The expected table, written out by hand from DESIGN.md so a change to WORKFLOW_TABLE is noticed.
const EXPECTED: Record<ReturnState, Partial<Record<ReturnEventType, ReturnState>>> = {
  due: { enter: 'submitted' },
  submitted: { check: 'checked', 'send-back': 'due' },
  checked: { authorise: 'authorised', 'send-back': 'submitted' },
  authorised: {},
};

describe('WORKFLOW_TABLE', () => {
  const cells = RETURN_STATES.flatMap((state) =>
    RETURN_EVENT_TYPES.map((event) => ({ state, event, to: EXPECTED[state][event] })),
  );

  it('has exactly the cells of the design, with the expected targets', () => {
    for (const { state, event, to } of cells) {
      expect(WORKFLOW_TABLE[state][event]?.to, `${state} × ${event}`).toBe(to);
    }
  });

  it.each(cells.filter((c) => c.to !== undefined))(
    '$state —$event→ $to is allowed for someone holding the role',
    ({ state, event, to }) => {
      const result = transition(aReturn(state), EVENTS[event], everyone, ctx());
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.next.state).toBe(to);
    },
  );

  it.each(cells.filter((c) => c.to === undefined))(
    '$state × $event is refused as wrong-state, even for someone holding every role',
    ({ state, event }) => {
      const result = transition(aReturn(state), EVENTS[event], everyone, ctx());
      expect(result).toMatchObject({ ok: false, code: 'wrong-state' });
    },
  );

  it('names who may do each step', () => {
    expect(WORKFLOW_TABLE.due.enter?.by).toEqual(['collector', 'admin']);
    expect(WORKFLOW_TABLE.submitted.check?.by).toEqual(['responsible']);
    expect(WORKFLOW_TABLE.submitted['send-back']?.by).toEqual(['responsible']);
    expect(WORKFLOW_TABLE.checked.authorise?.by).toEqual(['authoriser']);
    expect(WORKFLOW_TABLE.checked['send-back']?.by).toEqual(['authoriser']);
  });

  it('is frozen so no caller can change the rules at run time', () => {
    expect(Object.isFrozen(WORKFLOW_TABLE)).toBe(true);
    expect(Object.isFrozen(WORKFLOW_TABLE.due.enter)).toBe(true);
    expect(Object.isFrozen(WORKFLOW_TABLE.checked.authorise?.notBy)).toBe(true);
  });
});
