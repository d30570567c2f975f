// Action plans awaiting approval (issue 14; King's Lynn's panel approves plans): each of the plan's
// approvers (the Authorising Officer and their delegate, or every member of the council's panel;
// never the owner) is reminded in the same digest as their returns until one of them decides. The
// digest item opens the approval card (verb actionPlan.review); the indicator's page answers it in
// the tab. A late approval goes to the performance team once, through the first approver's subject.
import type { Instant, IsoDate, ReminderPolicy } from '../../../domain/model/types.js';
import {
  addDays,
  addWorkingDays,
  londonParts,
  tryParsePeriod,
} from '../../../domain/periods/index.js';
import { DEFAULT_QUIET_HOURS } from '../../../domain/reminders/index.js';
import type { Store } from '../../../domain/ports/store.js';
import { planApprovers } from '../../action-plans/index.js';
import { subjectOf } from './subject.js';
import { addressedAs, firstAdmin, type DueSubject, type SubjectSource } from './source.js';

/**
 * A plan has no approval date of its own (its periodKey is the figure's period, its dueDate the
 * corrective actions'). So approval falls due the council's usual notice (the policy's first
 * reminder, 5 working days by default: a working week) after the first working day the plan can
 * be reminded of — the day it is written, or the next working day when it is written at a weekend,
 * on a bank holiday or after the day's last digest (quiet hours from 18:00). That puts the first
 * reminder in the first digest after the plan is written, whatever the policy's notice; then the
 * day before, the day, and overdue, as for a return.
 */
export function planApprovalDueDate(
  writtenAt: Instant,
  policy: Pick<ReminderPolicy, 'firstReminderWorkingDaysBefore'>,
): IsoDate {
  const written = londonParts(writtenAt);
  const late = written.hour >= DEFAULT_QUIET_HOURS.endHour;
  const first = addWorkingDays(late ? addDays(written.date, 1) : written.date, 0);
  return addWorkingDays(first, policy.firstReminderWorkingDaysBefore);
}

/** Never: only one of a panel's subjects escalates, so the performance team hears once. */
const NEVER = Number.MAX_SAFE_INTEGER;

/** One ledger subject per plan and approver: `<plan id>#<person id>`. */
export function planApprovalId(planId: string, approverId: string): string {
  return `${planId}#${approverId}`;
}

/** The plan a plan-approval subject is about (plan ids never hold a `#`). */
export function planOfApproval(id: string): string {
  const at = id.indexOf('#');
  return at < 0 ? id : id.slice(0, at);
}

function label(periodKey: string): string {
  return `action plan to approve, ${tryParsePeriod(periodKey)?.label ?? periodKey}`;
}

async function pendingPlan(store: Store, id: string) {
  const plan = await store.get('actionPlans', planOfApproval(id));
  const due = !!plan && plan.fields.status === 'open' && plan.fields.approval === 'pending';
  return { plan, due };
}

export const planApprovalSource: SubjectSource = {
  kind: 'plan-approval',
  async due({ store, cat, settings }) {
    if (settings.actionPlanApproval.kind === 'none') return [];
    const admin = firstAdmin(cat);
    const out: DueSubject[] = [];
    for (const item of await store.query('actionPlans', { status: 'open' })) {
      const plan = { ...item.fields, id: item.id };
      if (plan.approval !== 'pending') continue;
      const indicator = cat.indicators.get(plan.indicatorId);
      if (!indicator || indicator.retired || !admin) continue;
      const dueDate = planApprovalDueDate(item.createdAt, settings.reminderPolicy);
      planApprovers(cat, settings, plan).forEach((approverId, n) => {
        out.push({
          entry: {
            returnId: subjectOf('plan-approval', planApprovalId(item.id, approverId)),
            indicator: {
              ...addressedAs(indicator, {
                collectorId: approverId,
                responsibleId: admin,
                authoriserId: admin,
                escalationOwnerId: admin,
              }),
              reminderPolicy: n === 0 ? null : { escalateAfterWorkingDaysOverdue: NEVER },
            },
            periodLabel: label(plan.periodKey),
            dueDate,
            state: 'due',
          },
          version: item.version,
          page: `indicators/${encodeURIComponent(indicator.code)}`,
        });
      });
    }
    return out;
  },
  async stillDue(store, id) {
    return (await pendingPlan(store, id)).due;
  },
  async describe(store, id) {
    const { plan, due } = await pendingPlan(store, id);
    const indicator = plan && (await store.get('indicators', plan.fields.indicatorId));
    return {
      code: indicator?.fields.code ?? null,
      title: indicator?.fields.title ?? null,
      label: plan ? label(plan.fields.periodKey) : null,
      due,
    };
  },
  words: (reason) =>
    reason.replace(
      /(escalated|sent) to the (Responsible Officer|escalation owner)/,
      '$1 to the performance team',
    ),
};
