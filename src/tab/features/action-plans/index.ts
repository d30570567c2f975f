// Action plans (issue 14): shown beside a figure, listed on the indicator page and in My work,
// followed with progress, approved where the council asks, and closed with an outcome.
export { PlansSection } from './components/plans-section.js';
export { PlansAwaitingApproval } from './components/awaiting-approval.js';
export { PlanDetails, approvalText } from './components/plan-details.js';
export { PlanPanel, planTitle } from './components/plan-panel.js';
export { OverdueMark, overdueText } from './components/overdue-mark.js';
export {
  CorrectiveActionRows,
  rowErrors,
  toCorrectiveActions,
  type ActionRow,
  type RowErrors,
} from './components/corrective-action-rows.js';
export { getActionPlans, type ActionPlanView, type NewCorrectiveAction } from './api/index.js';
export { PlanChoice, NEW_PLAN } from './components/plan-choice.js';
