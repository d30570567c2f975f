// Public surface of the action-plan rules: when a plan is overdue, and who approves it.
export { isOverdue, overdueSince, overdueWords, type PlanDates } from './overdue.js';
export {
  APPROVAL_WORDS,
  approvalAtStart,
  approverWords,
  approversOf,
  type ApprovalPeople,
} from './approval.js';
export { planStatusWords } from './status-words.js';
export { planForFigure } from './plan-for-figure.js';
