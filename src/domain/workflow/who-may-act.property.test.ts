import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { whoMayAct, isRestated } from './who-may-act.js';
import { aReturn } from '../../../test/support/workflow-fixtures.js';

// Few people, so the same person keeps holding several parts and separation of duties bites.
const person = fc.constantFrom('p1', 'p2', 'p3', 'p4');

const arbCase = fc.record({
  collectorId: person,
  responsibleId: person,
  authoriserId: person,
  escalationOwnerId: person,
  delegates: fc.dictionary(person, fc.option(person)),
  adminIds: fc.uniqueArray(person, { minLength: 0, maxLength: 2 }),
  state: fc.constantFrom('due' as const, 'submitted' as const, 'checked' as const),
  enteredBy: person,
  checkedBy: person,
});

describe('whoMayAct', () => {
  it('always leaves someone able to act, and never the enterer or checker unless nobody else can', () => {
    let fallbacks = 0;
    let waived = 0;
    fc.assert(
      fc.property(arbCase, (c) => {
        // A checked figure was checked by someone other than its enterer.
        fc.pre(c.state !== 'checked' || c.checkedBy !== c.enteredBy);
        const ret = aReturn(c.state, {
          enteredBy: c.state === 'due' ? null : c.enteredBy,
          checkedBy: c.state === 'checked' ? c.checkedBy : null,
        });
        const next = whoMayAct(ret, { ...c, delegateOf: (id) => c.delegates[id] ?? null });
        if (next.fallback) fallbacks += 1;
        // Never nobody: a return always has someone able to take its next step.
        expect(next.people.length).toBeGreaterThan(0);
        expect(next.reason).not.toBe('');
        if (next.waivesSeparation) {
          // Only when everyone who could act entered or checked it; then the performance team acts.
          const barred = [c.enteredBy, c.state === 'checked' ? c.checkedBy : null];
          expect(c.state).not.toBe('due');
          for (const id of [...c.adminIds, c.escalationOwnerId]) expect(barred).toContain(id);
          expect(next.people).toEqual(c.adminIds.length > 0 ? c.adminIds : [c.escalationOwnerId]);
          waived += 1;
          return;
        }
        expect(next.reason).not.toBe('');
        if (c.state !== 'due') expect(next.people).not.toContain(c.enteredBy);
        if (c.state === 'checked') expect(next.people).not.toContain(c.checkedBy);
      }),
      { numRuns: 2000, seed: 20261203 },
    );
    expect(fallbacks).toBeGreaterThan(0);
    expect(waived).toBeGreaterThan(0);
  });

  it("routes to the escalation owner when the authoriser's delegate entered the figure", () => {
    const ret = aReturn('checked', { enteredBy: 'delegate', checkedBy: 'responsible' });
    const next = whoMayAct(ret, {
      collectorId: 'delegate',
      responsibleId: 'responsible',
      authoriserId: 'authoriser',
      escalationOwnerId: 'owner',
      delegateOf: () => null,
      adminIds: ['admin'],
    });
    expect(next.people).toEqual(['authoriser']);
    const stuck = whoMayAct(
      aReturn('checked', { enteredBy: 'authoriser', checkedBy: 'responsible' }),
      {
        collectorId: 'authoriser',
        responsibleId: 'responsible',
        authoriserId: 'authoriser',
        escalationOwnerId: 'owner',
        delegateOf: (id) => (id === 'authoriser' ? 'responsible' : null),
        adminIds: ['admin'],
      },
    );
    expect(stuck).toMatchObject({ people: ['owner'], fallback: true });
    expect(stuck.reason).toContain('escalation owner');
    expect(isRestated(aReturn('authorised'))).toBe(false);
  });
});
