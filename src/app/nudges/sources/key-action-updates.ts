// Key-action updates still due (issue 13), planned alongside the returns: the owner gives it (as
// the Collection Officer would), an overdue one goes to the service head, then the director.
import { parsePeriod } from '../../../domain/periods/index.js';
import { periodAndDue } from '../../returns/period-context.js';
import { reminderIndicator } from '../key-action-reminders.js';
import { subjectOf } from './subject.js';
import type { DueSubject, SubjectSource } from './source.js';

/** The words of a return's escalation, said of a key action's people. */
function keyActionWords(reason: string): string {
  return reason
    .replace('escalated to the Responsible Officer', 'escalated to the service head')
    .replace('escalated to the escalation owner', 'escalated to the director')
    .replace('sent to the Responsible Officer', 'sent to the service head')
    .replace('sent to the escalation owner', 'sent to the director');
}

export const keyActionUpdateSource: SubjectSource = {
  kind: 'key-action-update',
  async due({ store, cat, settings }) {
    const actions = new Map(cat.keyActions.map((a) => [a.id, a]));
    const plans = new Map(cat.servicePlans.map((p) => [p.id, p]));
    const out: DueSubject[] = [];
    for (const item of await store.query('keyActionUpdates', { state: 'due' })) {
      const action = actions.get(item.fields.keyActionId);
      const plan = action && plans.get(action.servicePlanId);
      if (!action || !plan || action.retired || plan.retired) continue;
      const { period, dueDate } = periodAndDue(cat, settings, item.fields.periodKey);
      out.push({
        entry: {
          returnId: subjectOf('key-action-update', item.id),
          indicator: reminderIndicator(cat, action, plan),
          periodLabel: period.label,
          dueDate,
          state: 'due',
        },
        version: item.version,
      });
    }
    return out;
  },
  async stillDue(store, id) {
    return (await store.get('keyActionUpdates', id))?.fields.state === 'due';
  },
  async describe(store, id) {
    const update = await store.get('keyActionUpdates', id);
    const action = update && (await store.get('keyActions', update.fields.keyActionId));
    return {
      code: action?.fields.code ?? null,
      title: action?.fields.title ?? null,
      label: update ? parsePeriod(update.fields.periodKey).label : null,
      due: update?.fields.state === 'due',
    };
  },
  words: keyActionWords,
};
