import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReturnState } from '../model/types.js';
import { RETURN_STATES } from './table.js';
import { transition } from './transition.js';
import type { Actor, ReturnEvent } from './types.js';
import { NOW, aReturn } from '../../../test/support/workflow-fixtures.js';

// Few people, so the same person keeps turning up in different roles and separation of duties is tested.
const arbActor: fc.Arbitrary<Actor> = fc.record({
  id: fc.constantFrom('p1', 'p2', 'p3'),
  isCollector: fc.boolean(),
  isResponsible: fc.boolean(),
  isAuthoriser: fc.boolean(),
  isAdmin: fc.boolean(),
});

const arbEvent: fc.Arbitrary<ReturnEvent> = fc.oneof(
  fc.record({
    type: fc.constant('enter' as const),
    value: fc.oneof(fc.double(), fc.constant(null)),
    notAvailableReason: fc.option(fc.constantFrom('', ' ', 'No survey this year')),
    commentary: fc.string({ maxLength: 20 }),
  }),
  fc.record({
    type: fc.constant('check' as const),
    actionPlanId: fc.option(fc.constantFrom('ap-1', 'ap-2')),
  }),
  fc.constant({ type: 'authorise' as const }),
  fc.record({
    type: fc.constant('send-back' as const),
    reason: fc.constantFrom('', '  ', 'Wrong figure'),
  }),
);

const arbStep = fc.record({ event: arbEvent, actor: arbActor, offTarget: fc.boolean() });

describe('workflow properties', () => {
  it('any sequence keeps the state valid, reaches authorised only from checked, and keeps duties separate', () => {
    let authorisedRuns = 0;
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 30 }), (steps) => {
        let current = aReturn('due');
        for (const step of steps) {
          const result = transition(current, step.event, step.actor, {
            now: NOW,
            offTarget: step.offTarget,
            openActionPlanIds: ['ap-1'],
          });
          if (!result.ok) continue;
          const from: ReturnState = current.state;
          current = result.next;
          expect(RETURN_STATES).toContain(current.state);
          if (current.state === 'authorised') expect(from).toBe('checked');
          expect(result.audit).toHaveLength(1);
          expect(result.audit[0]).toMatchObject({
            from,
            to: current.state,
            actorId: step.actor.id,
          });
          if (current.checkedBy !== null) expect(current.checkedBy).not.toBe(current.enteredBy);
          if (current.authorisedBy !== null) {
            expect(current.authorisedBy).not.toBe(current.enteredBy);
            expect(current.authorisedBy).not.toBe(current.checkedBy);
            expect(current.checkedBy).not.toBeNull();
          }
        }
        if (current.state === 'authorised') authorisedRuns += 1;
      }),
      { numRuns: 500, seed: 20250714 },
    );
    // Guard against a vacuous property: the random runs must actually get returns authorised.
    expect(authorisedRuns).toBeGreaterThan(0);
  });

  it('a refusal never carries a next return, and an authorised return accepts nothing', () => {
    fc.assert(
      fc.property(arbStep, (step) => {
        const result = transition(aReturn('authorised'), step.event, step.actor, {
          now: NOW,
          offTarget: step.offTarget,
          openActionPlanIds: [],
        });
        expect(result).toMatchObject({ ok: false, code: 'wrong-state' });
        expect('next' in result).toBe(false);
      }),
    );
  });
});
