// The nudge plan for one moment, with the worked example of the policy (due Wednesday 27/08/2025,
// after the bank holiday of Monday 25/08): who is reminded, under which ledger key, and what is
// held back and why — quiet hours, snoozes, leave, nobody to send to, a submitted return.
import { describe, expect, it } from 'vitest';
import { instantFromLondon } from '../periods/index.js';
import { ledgerKey, planNudges, type PlanInput, type PlanReturn } from './plan.js';
import {
  IDS,
  POLICY,
  everyone,
  indicator,
  peopleOf,
  person,
} from '../../../test/support/reminder-fixtures.js';

const DUE = '2025-08-27';

function ret(extra: Partial<PlanReturn> = {}): PlanReturn {
  return {
    returnId: 'r1',
    indicator: indicator(),
    periodLabel: 'Q1 2025/26',
    dueDate: DUE,
    state: 'due',
    ...extra,
  };
}

/** The plan at a London wall-clock time (`2025-08-27T09:00`). */
function planAt(london: string, extra: Partial<PlanInput> = {}) {
  return planNudges({
    at: instantFromLondon(london),
    returns: [ret()],
    people: everyone(),
    snoozes: [],
    councilPolicy: POLICY,
    ...extra,
  });
}

describe('planNudges', () => {
  it('reminds the Collection Officer on the due day, keyed by return, stage and day', () => {
    const plan = planAt('2025-08-27T09:00');
    expect(plan.day).toBe(DUE);
    expect(plan.quiet).toBeNull();
    expect(plan.reminders).toEqual([
      {
        key: 'r1|due-day|2025-08-27',
        returnId: 'r1',
        stage: 'due-day',
        day: DUE,
        recipientId: IDS.collector,
        reason: 'HS01 Q1 2025/26, due 27/08/2025: due today',
      },
    ]);
    expect(ledgerKey('r1', 'due-day', DUE)).toBe(plan.reminders[0]!.key);
  });

  it('says why the first reminder goes: 5 working days before, over the bank holiday', () => {
    const [first] = planAt('2025-08-19T10:30').reminders;
    expect(first).toMatchObject({ stage: 'first', recipientId: IDS.collector });
    expect(first!.reason).toBe(
      'HS01 Q1 2025/26, due 27/08/2025: first reminder, 5 working days before',
    );
  });

  it('escalates to the Responsible Officer 5 working days overdue, and names the lateness', () => {
    const [esc] = planAt('2025-09-03T11:00').reminders;
    expect(esc).toMatchObject({ stage: 'escalate-responsible', recipientId: IDS.responsible });
    expect(esc!.reason).toBe(
      'HS01 Q1 2025/26, due 27/08/2025: 5 working days overdue, escalated to the Responsible Officer',
    );
    const owner = planAt('2025-09-10T11:00').reminders.map((r) => [r.stage, r.recipientId]);
    expect(owner).toEqual([
      ['overdue', IDS.collector],
      ['escalate-owner', IDS.owner],
    ]);
  });

  it('stops once the return is submitted, and for a retired indicator', () => {
    expect(
      planAt('2025-08-27T09:00', { returns: [ret({ state: 'submitted' })] }).reminders,
    ).toEqual([]);
    const retired = ret({ indicator: indicator({ retired: true }) });
    expect(planAt('2025-08-27T09:00', { returns: [retired] }).reminders).toEqual([]);
  });

  it('sends nothing in quiet hours, and says why', () => {
    const evening = planAt('2025-08-27T18:30');
    expect(evening.reminders).toEqual([]);
    expect(evening.quiet).toMatch(/18:00/);
    expect(planAt('2025-08-25T10:00').quiet).not.toBeNull(); // the bank holiday
  });

  it('sends to the delegate while the officer is on leave, and says so', () => {
    const people = peopleOf(
      person(IDS.collector, { delegateId: IDS.delegate, onLeaveUntil: '2025-08-29' }),
      person(IDS.delegate),
      person(IDS.responsible),
    );
    const [r] = planAt('2025-08-27T09:00', { people }).reminders;
    expect(r!.recipientId).toBe(IDS.delegate);
    expect(r!.reason).toMatch(/on leave until 29\/08\/2025: sent to their delegate\)$/);
  });

  it('holds back a snoozed person with the time they asked for', () => {
    const until = instantFromLondon('2025-08-28T08:00');
    const plan = planAt('2025-08-27T09:00', { snoozes: [{ personId: IDS.collector, until }] });
    expect(plan.reminders).toEqual([]);
    expect(plan.held).toEqual([
      expect.objectContaining({
        key: 'r1|due-day|2025-08-27',
        recipientId: IDS.collector,
        why: 'snoozed until 28/08/2025 08:00',
      }),
    ]);
  });

  it('owes a reminder the day a snooze ends, even on a day the policy is silent', () => {
    // 28/08 is 1 working day overdue: no stage of the policy falls on it.
    const until = instantFromLondon('2025-08-28T08:00');
    const snoozes = [{ personId: IDS.collector, until }];
    const plan = planAt('2025-08-28T09:00', { snoozes });
    expect(plan.reminders).toEqual([
      expect.objectContaining({
        key: 'r1|after-snooze|2025-08-28',
        stage: 'after-snooze',
        recipientId: IDS.collector,
      }),
    ]);
    // Before the snooze ends, the person is still held back, so nothing is owed yet.
    expect(planAt('2025-08-28T07:59', { snoozes }).reminders).toEqual([]);
  });

  it('holds a reminder nobody can receive, rather than dropping it silently', () => {
    const plan = planAt('2025-08-27T09:00', { people: peopleOf(person(IDS.responsible)) });
    expect(plan.reminders).toEqual([]);
    expect(plan.held).toEqual([
      expect.objectContaining({ recipientId: null, why: 'nobody to send to', stage: 'due-day' }),
    ]);
  });
});
