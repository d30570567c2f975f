// When a plan is overdue, in worked examples and as a property over random plans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDates } from './overdue.js';
import { isOverdue, overdueSince, overdueWords } from './overdue.js';
import { planStatusWords } from './status-words.js';

const plan = (over: Partial<PlanDates> = {}): PlanDates => ({
  status: 'open',
  dueDate: '2026-09-30',
  correctiveActions: [],
  ...over,
});

describe('overdueSince', () => {
  it('is on time up to and including its due date, overdue the day after', () => {
    expect(overdueSince(plan(), '2026-09-30')).toBeNull();
    expect(overdueSince(plan(), '2026-10-01')).toBe('2026-09-30');
    expect(overdueWords(plan(), '2026-10-01')).toBe('overdue since 30/09/2026');
  });

  it('counts a corrective action not done by its date, not one done', () => {
    const actions = [
      { title: 'Recruit two crews', dueDate: '2026-07-31', done: false },
      { title: 'Re-route Tuesdays', dueDate: '2026-06-30', done: true },
    ];
    expect(overdueSince(plan({ correctiveActions: actions }), '2026-08-01')).toBe('2026-07-31');
    expect(overdueSince(plan({ correctiveActions: actions }), '2026-07-31')).toBeNull();
  });

  it('says the whole state in words for reports and the dashboard', () => {
    expect(planStatusWords({ ...plan(), approval: 'not-needed' }, '2026-09-01')).toBe('Open');
    expect(planStatusWords({ ...plan(), approval: 'pending' }, '2026-10-01')).toBe(
      'Open, overdue since 30/09/2026, awaiting approval',
    );
    expect(
      planStatusWords({ ...plan({ status: 'closed' }), approval: 'pending' }, '2026-10-01'),
    ).toBe('Closed');
  });

  it('never marks a closed plan overdue', () => {
    expect(isOverdue(plan({ status: 'closed' }), '2030-01-01')).toBe(false);
  });

  it('names the earliest missed date of all, whatever the order', () => {
    const date = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        date,
        fc.array(fc.record({ dueDate: date, done: fc.boolean() }), { maxLength: 6 }),
        date,
        (due, actions, today) => {
          const p = plan({
            dueDate: due,
            correctiveActions: actions.map((a) => ({ ...a, title: 'x' })),
          });
          const missed = [due, ...actions.filter((a) => !a.done).map((a) => a.dueDate)].filter(
            (d) => d < today,
          );
          const since = overdueSince(p, today);
          expect(since).toBe(missed.length ? missed.sort()[0] : null);
          expect(isOverdue(p, today)).toBe(missed.length > 0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
