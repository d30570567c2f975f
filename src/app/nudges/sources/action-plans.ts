// Action plans are followed on their own dates (issue 14): the owner is reminded, in the same
// digest, of each corrective action still to do as its date comes (or of the plan's due date when
// it lists none); one overdue goes to the indicator's Responsible Officer, then its escalation
// owner. Progress is written on the indicator's page in the tab.
import type { ActionPlan } from '../../../domain/model/types.js';
import type { Store } from '../../../domain/ports/store.js';
import { actionPlanDateId, parseActionPlanDateId, subjectOf } from './subject.js';
import { addressedAs, type DueSubject, type SubjectSource } from './source.js';

function datesOf(
  plan: Pick<ActionPlan, 'correctiveActions' | 'dueDate'>,
): { index: number | 'due'; title: string; dueDate: string }[] {
  const open = plan.correctiveActions
    .map((a, index) => ({ index, title: a.title, dueDate: a.dueDate, done: a.done }))
    .filter((a) => !a.done);
  if (plan.correctiveActions.length > 0) return open;
  return [{ index: 'due', title: 'the action plan', dueDate: plan.dueDate }];
}

async function dateOf(store: Store, id: string) {
  const { planId, index } = parseActionPlanDateId(id);
  const plan = await store.get('actionPlans', planId);
  if (!plan) return { plan: null, title: null, due: false };
  const f = plan.fields;
  const action = index === 'due' ? undefined : (f.correctiveActions ?? [])[index];
  const open = f.status === 'open' && (index === 'due' || (action !== undefined && !action.done));
  return {
    plan: f,
    title: index === 'due' ? 'the action plan' : (action?.title ?? null),
    due: open,
  };
}

export const actionPlanSource: SubjectSource = {
  kind: 'action-plan',
  async due({ store, cat }) {
    const out: DueSubject[] = [];
    for (const item of await store.query('actionPlans', { status: 'open' })) {
      const plan = { ...item.fields, correctiveActions: item.fields.correctiveActions ?? [] };
      const indicator = cat.indicators.get(plan.indicatorId);
      if (!indicator || indicator.retired) continue;
      for (const d of datesOf(plan)) {
        out.push({
          entry: {
            returnId: subjectOf('action-plan', actionPlanDateId(item.id, d.index)),
            indicator: addressedAs(indicator, {
              collectorId: plan.ownerId,
              responsibleId: indicator.responsibleId,
              authoriserId: indicator.authoriserId,
              escalationOwnerId: indicator.escalationOwnerId,
            }),
            periodLabel: `action plan: ${d.title}`,
            dueDate: d.dueDate,
            state: 'due',
          },
          version: item.version,
          page: `indicators/${encodeURIComponent(indicator.code)}`,
        });
      }
    }
    return out;
  },
  async stillDue(store, id) {
    return (await dateOf(store, id)).due;
  },
  async describe(store, id) {
    const { plan, title, due } = await dateOf(store, id);
    const indicator = plan && (await store.get('indicators', plan.indicatorId));
    return {
      code: indicator?.fields.code ?? null,
      title: indicator?.fields.title ?? null,
      label: title ? `action plan: ${title}` : null,
      due,
    };
  },
};
