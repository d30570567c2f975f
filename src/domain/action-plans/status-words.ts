// A plan's state in one phrase, for reports and the dashboard alike: "Open", "Open, overdue since
// 30/09/2026, awaiting approval" or "Closed" — in words, never colour alone.
import type { ActionPlan, IsoDate } from '../model/types.js';
import { APPROVAL_WORDS } from './approval.js';
import { overdueWords } from './overdue.js';

export function planStatusWords(
  plan: Pick<ActionPlan, 'status' | 'dueDate' | 'correctiveActions' | 'approval'>,
  today: IsoDate,
): string {
  if (plan.status === 'closed') return 'Closed';
  const approval =
    plan.approval === 'not-needed' ? null : APPROVAL_WORDS[plan.approval].toLowerCase();
  return ['Open', overdueWords(plan, today), approval].filter(Boolean).join(', ');
}
