// Who a reminder goes to (issue 4): the stage's audience; while they are on recorded leave, their
// delegate, else the Responsible Officer, else the escalation owner — never someone also away.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../model/types.js';
import { audienceId, onLeave, recipientFor } from './recipients.js';
import type { StageAudience } from './stages.js';
import {
  IDS,
  anyDay,
  indicator,
  peopleOf,
  person,
} from '../../../test/support/reminder-fixtures.js';

const ind = indicator();
const DAY = '2025-08-14';

/** The usual cast, with some of them changed. */
function cast(changes: Record<string, Partial<Person>> = {}): Map<string, Person> {
  return peopleOf(...Object.values(IDS).map((id) => person(id, changes[id] ?? {})));
}

describe('onLeave and audienceId', () => {
  it('leave runs to the last day inclusive', () => {
    const away = person(IDS.collector, { onLeaveUntil: '2025-08-14' });
    expect(onLeave(away, '2025-08-13')).toBe(true);
    expect(onLeave(away, '2025-08-14')).toBe(true);
    expect(onLeave(away, '2025-08-15')).toBe(false);
    expect(onLeave(person(IDS.collector), DAY)).toBe(false);
    expect(onLeave(undefined, DAY)).toBe(false);
  });

  it("maps each audience to the indicator's named person", () => {
    expect(audienceId(ind, 'collector')).toBe(IDS.collector);
    expect(audienceId(ind, 'responsible')).toBe(IDS.responsible);
    expect(audienceId(ind, 'escalation-owner')).toBe(IDS.owner);
  });
});

describe('recipientFor', () => {
  it('goes to the audience when they are at work', () => {
    expect(recipientFor(ind, 'collector', cast(), DAY)).toEqual({
      personId: IDS.collector,
      via: null,
    });
    expect(recipientFor(ind, 'escalation-owner', cast(), DAY)).toEqual({
      personId: IDS.owner,
      via: null,
    });
  });

  it('on leave until 14/08/2025: to their delegate up to and including 14/08, then back', () => {
    const people = cast({
      [IDS.collector]: { onLeaveUntil: '2025-08-14', delegateId: IDS.delegate },
    });
    expect(recipientFor(ind, 'collector', people, '2025-08-14')).toEqual({
      personId: IDS.delegate,
      via: 'Officer collector is on leave until 14/08/2025: sent to their delegate',
    });
    expect(recipientFor(ind, 'collector', people, '2025-08-15')).toEqual({
      personId: IDS.collector,
      via: null,
    });
  });

  it('with no delegate, or one also away or unknown, to the Responsible Officer', () => {
    const via = 'Officer collector is on leave until 14/08/2025: sent to the Responsible Officer';
    const none = cast({ [IDS.collector]: { onLeaveUntil: DAY } });
    expect(recipientFor(ind, 'collector', none, DAY)).toEqual({ personId: IDS.responsible, via });
    const delegateAway = cast({
      [IDS.collector]: { onLeaveUntil: DAY, delegateId: IDS.delegate },
      [IDS.delegate]: { onLeaveUntil: '2025-08-20' },
    });
    expect(recipientFor(ind, 'collector', delegateAway, DAY)?.personId).toBe(IDS.responsible);
    const unknown = cast({ [IDS.collector]: { onLeaveUntil: DAY, delegateId: 'p-left' } });
    expect(recipientFor(ind, 'collector', unknown, DAY)?.personId).toBe(IDS.responsible);
    const self = cast({ [IDS.collector]: { onLeaveUntil: DAY, delegateId: IDS.collector } });
    expect(recipientFor(ind, 'collector', self, DAY)?.personId).toBe(IDS.responsible);
  });

  it('with the Responsible Officer away too, to the escalation owner', () => {
    const people = cast({
      [IDS.collector]: { onLeaveUntil: DAY },
      [IDS.responsible]: { onLeaveUntil: DAY },
    });
    expect(recipientFor(ind, 'collector', people, DAY)).toEqual({
      personId: IDS.owner,
      via: 'Officer collector is on leave until 14/08/2025: sent to the escalation owner',
    });
  });

  it('an escalation to an absent Responsible Officer goes to their delegate, else the owner', () => {
    const withDelegate = cast({
      [IDS.responsible]: { onLeaveUntil: DAY, delegateId: IDS.delegate },
    });
    expect(recipientFor(ind, 'responsible', withDelegate, DAY)?.personId).toBe(IDS.delegate);
    const without = cast({ [IDS.responsible]: { onLeaveUntil: DAY } });
    expect(recipientFor(ind, 'responsible', without, DAY)).toEqual({
      personId: IDS.owner,
      via: 'Officer responsible is on leave until 14/08/2025: sent to the escalation owner',
    });
  });

  it('an escalation to an absent escalation owner falls back to the Responsible Officer', () => {
    const people = cast({ [IDS.owner]: { onLeaveUntil: DAY } });
    expect(recipientFor(ind, 'escalation-owner', people, DAY)?.personId).toBe(IDS.responsible);
  });

  it('nobody: everyone away, or the audience not in the directory', () => {
    const allAway = cast(
      Object.fromEntries(Object.values(IDS).map((id) => [id, { onLeaveUntil: DAY }])),
    );
    expect(recipientFor(ind, 'collector', allAway, DAY)).toBeNull();
    const missing = peopleOf(person(IDS.responsible), person(IDS.owner));
    expect(recipientFor(ind, 'collector', missing, DAY)).toBeNull();
  });

  it('property: the recipient is never on leave, and is the audience whenever they are at work', () => {
    const ids = Object.values(IDS);
    const anyLeave = fc.option(anyDay, { nil: null });
    const anyCast = fc.tuple(
      ...ids.map(() =>
        fc.record({
          onLeaveUntil: anyLeave,
          delegateId: fc.option(fc.constantFrom(...ids), { nil: null }),
        }),
      ),
    );
    const audience = fc.constantFrom<StageAudience>('collector', 'responsible', 'escalation-owner');
    fc.assert(
      fc.property(anyCast, audience, anyDay, (changes, aud, day) => {
        const people = peopleOf(...ids.map((id, i) => person(id, changes[i])));
        const to = recipientFor(ind, aud, people, day);
        const first = people.get(audienceId(ind, aud))!;
        if (!onLeave(first, day)) {
          expect(to).toEqual({ personId: first.id, via: null });
          return;
        }
        const fallbacks = [first.delegateId, IDS.responsible, IDS.owner].filter(
          (id) => id && id !== first.id && !onLeave(people.get(id), day),
        );
        expect(to?.personId ?? null).toBe(fallbacks[0] ?? null);
        if (to) expect(onLeave(people.get(to.personId), day)).toBe(false);
      }),
    );
  });
});
