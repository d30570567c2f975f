// The ledger's stage and status codes in words, for the performance team and the indicator page:
// the tab shows these, so it never has to know the nudges' codes.
import type { ReminderStatus } from '../../domain/ports/store.js';

const STAGE: Record<string, string> = {
  first: 'First reminder',
  'day-before': 'Day before it is due',
  'due-day': 'Due today',
  overdue: 'Overdue',
  'escalate-responsible': 'Escalated to the Responsible Officer',
  'escalate-owner': 'Escalated to the escalation owner',
  'after-snooze': 'After "remind me tomorrow"',
};

export function stageText(stage: string): string {
  return STAGE[stage] ?? stage;
}

/** What came of a reminder, in words. A failed entry with no attempts is waiting to be retried. */
export function statusText(status: ReminderStatus, attempts: number): string {
  switch (status) {
    case 'pending':
      return 'Being sent';
    case 'sent':
      return 'Sent';
    case 'failed':
      return attempts === 0 ? 'Waiting for the next cycle' : 'Failed';
    case 'permanent-failure':
      return 'Could not be delivered';
    case 'skipped':
      return 'Not sent';
  }
}
