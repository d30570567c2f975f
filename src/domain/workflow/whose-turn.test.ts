import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aReturn } from '../../../test/support/workflow-fixtures.js';
import { RETURN_EVENT_TYPES, RETURN_STATES, WORKFLOW_TABLE } from './table.js';
import { whoMayAct, type Assignments } from './who-may-act.js';
import { handoverAfter, handoverTo } from './whose-turn.js';

const assigned: Assignments = {
  collectorId: 'collector-1',
  responsibleId: 'responsible-1',
  authoriserId: 'authoriser-1',
  escalationOwnerId: 'owner-1',
  delegateOf: () => null,
  adminIds: ['admin-1'],
};

describe('whose turn, from the workflow table', () => {
  it('hands a submitted figure to the Responsible Officer and a checked one to the Authorising Officer', () => {
    const submitted = handoverAfter('enter', aReturn('due'), aReturn('submitted'), assigned);
    expect(submitted).toMatchObject({ step: 'check', to: ['responsible-1'], fallback: false });
    const checked = handoverAfter('check', aReturn('submitted'), aReturn('checked'), assigned);
    expect(checked).toMatchObject({ step: 'authorise', to: ['authoriser-1'], fallback: false });
  });

  it('hands a figure sent back to due to whoever entered it, and one sent back to submitted to the checker', () => {
    const back = aReturn('due', { enteredBy: 'admin-1' });
    expect(handoverAfter('send-back', aReturn('submitted'), back, assigned)?.to).toEqual([
      'admin-1',
    ]);
    const again = handoverAfter('send-back', aReturn('checked'), aReturn('submitted'), assigned);
    expect(again).toMatchObject({ step: 'check', to: ['responsible-1'] });
  });

  it('tells nobody once a figure is authorised', () => {
    expect(handoverAfter('authorise', aReturn('checked'), aReturn('authorised'), assigned)).toBe(
      null,
    );
  });

  it('passes over the assigned officer when separation of duties bars them, saying why', () => {
    // The Responsible Officer entered the figure themselves: it goes to the escalation owner.
    const entered = aReturn('submitted', { enteredBy: 'responsible-1' });
    const h = handoverAfter('enter', aReturn('due'), entered, assigned);
    expect(h).toMatchObject({ step: 'check', to: ['owner-1'], fallback: true });
    expect(h?.reason).toMatch(/escalation owner/);
  });

  it('names, for every step of the table, only people who may take the step waiting', () => {
    const person = fc.constantFrom('p1', 'p2', 'p3', 'p4');
    fc.assert(
      fc.property(
        fc.record({
          collectorId: person,
          responsibleId: person,
          authoriserId: person,
          escalationOwnerId: person,
          adminIds: fc.uniqueArray(person, { maxLength: 2 }),
          enteredBy: person,
          checkedBy: person,
        }),
        (c) => {
          const a: Assignments = { ...c, delegateOf: () => null };
          for (const state of RETURN_STATES) {
            for (const event of RETURN_EVENT_TYPES) {
              const rule = WORKFLOW_TABLE[state][event];
              if (!rule) continue;
              const after = aReturn(rule.to, {
                enteredBy: rule.to === 'due' && event !== 'send-back' ? null : c.enteredBy,
                checkedBy: rule.to === 'checked' ? c.checkedBy : null,
              });
              const h = handoverTo(rule.handsTo, after, a);
              if (rule.to === 'authorised') {
                expect(h).toBe(null);
                continue;
              }
              const may = whoMayAct(after, a).people;
              expect(h?.to.length).toBeGreaterThan(0);
              for (const id of h!.to) expect(may).toContain(id);
            }
          }
        },
      ),
    );
  });
});
