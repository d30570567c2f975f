// A whole quarter's reminder calendar for the demo council, on a simulated clock: every reminder
// lands on a working day inside 08:00–18:00 London time, never on the August bank holiday, at the
// stage the policy says — and a worked example with concrete dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherCycle } from '../../src/app/nudges/gather.js';
import { addDays, instantFromLondon, isWorkingDay } from '../../src/domain/periods/index.js';
import {
  effectivePolicy,
  planNudges,
  stagesOnDay,
  type PlanInput,
} from '../../src/domain/reminders/index.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { seedCouncil, tempDbFile } from './setup.js';

const POLICY = {
  firstReminderWorkingDaysBefore: 5,
  repeatEveryWorkingDaysOverdue: 2,
  escalateAfterWorkingDaysOverdue: 5,
};

describe('the reminder policy, worked example', () => {
  it('due Wednesday 27/08/2025, after the bank holiday of Monday 25/08', () => {
    const stages: Record<string, string[]> = {};
    for (let d = '2025-08-01'; d <= '2025-09-12'; d = addDays(d, 1)) {
      const s = stagesOnDay(d, '2025-08-27', POLICY).map((x) => x.stage);
      if (s.length) stages[d] = s;
    }
    expect(stages).toEqual({
      '2025-08-19': ['first'],
      '2025-08-26': ['day-before'],
      '2025-08-27': ['due-day'],
      '2025-08-29': ['overdue'],
      '2025-09-02': ['overdue'],
      '2025-09-03': ['escalate-responsible'],
      '2025-09-04': ['overdue'],
      '2025-09-08': ['overdue'],
      '2025-09-10': ['overdue', 'escalate-owner'],
      '2025-09-12': ['overdue'],
    });
  });

  it('an indicator override wins over the council policy, and a bad one names its field', () => {
    expect(effectivePolicy(POLICY, { repeatEveryWorkingDaysOverdue: 3 })).toMatchObject({
      repeatEveryWorkingDaysOverdue: 3,
      firstReminderWorkingDaysBefore: 5,
    });
    expect(() => effectivePolicy(POLICY, { repeatEveryWorkingDaysOverdue: 0 })).toThrow(
      /repeatEveryWorkingDaysOverdue/,
    );
  });
});

describe("a quarter of the demo council's calendar (October–December 2025)", () => {
  const file = tempDbFile();
  let input: PlanInput;
  beforeAll(async () => {
    await seedCouncil(file, '2025-11-20');
    const store = openSqliteStore({ file });
    input = (await gatherCycle(store, '2025-11-20T10:00:00.000Z')).input;
    await store.close();
  });
  afterAll(() => undefined);

  it('reminds only on working days between 08:00 and 18:00, at the stage the policy gives', () => {
    let total = 0;
    for (let d = '2025-10-01'; d <= '2025-12-31'; d = addDays(d, 1)) {
      for (const hour of ['07:59', '08:00', '12:00', '17:59', '18:00']) {
        const at = instantFromLondon(`${d}T${hour}`);
        const plan = planNudges({ ...input, at });
        const open = hour !== '07:59' && hour !== '18:00' && isWorkingDay(d);
        if (!open) {
          expect(plan.reminders, `${d} ${hour}`).toEqual([]);
          continue;
        }
        for (const r of plan.reminders) {
          const ret = input.returns.find((x) => x.returnId === r.returnId)!;
          const expected = stagesOnDay(d, ret.dueDate, POLICY).map((s) => s.stage);
          if (r.stage !== 'after-snooze') expect(expected).toContain(r.stage);
          expect(r.key).toBe(`${r.returnId}|${r.stage}|${d}`);
        }
        if (hour === '12:00') total += plan.reminders.length;
      }
    }
    // Christmas Day, Boxing Day: bank holidays, nothing goes.
    expect(planNudges({ ...input, at: instantFromLondon('2025-12-25T10:00') }).quiet).toBe(
      'a bank holiday',
    );
    expect(total).toBeGreaterThan(10);
  });

  it('sends on leave to the delegate, and holds a snoozed person back until tomorrow', () => {
    const at = instantFromLondon('2025-11-20T10:00');
    const plan = planNudges({ ...input, at });
    const first = plan.reminders[0]!;
    const person = input.people.get(first.recipientId)!;
    const away = new Map(input.people);
    const delegate = [...input.people.values()].find((p) => p.id !== person.id)!;
    away.set(person.id, { ...person, onLeaveUntil: '2025-11-21', delegateId: delegate.id });
    const onLeave = planNudges({ ...input, at, people: away });
    const moved = onLeave.reminders.find((r) => r.key === first.key)!;
    expect(moved.recipientId).toBe(delegate.id);
    expect(moved.reason).toMatch(/on leave until 21\/11\/2025: sent to their delegate/);
    const snoozed = planNudges({
      ...input,
      at,
      snoozes: [{ personId: person.id, until: instantFromLondon('2025-11-21T08:00') }],
    });
    expect(snoozed.reminders.some((r) => r.recipientId === person.id)).toBe(false);
    expect(snoozed.held.find((h) => h.key === first.key)?.why).toBe(
      'snoozed until 21/11/2025 08:00',
    );
  });
});
