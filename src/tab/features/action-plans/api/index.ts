export {
  closeActionPlan,
  decideActionPlan,
  getActionPlans,
  updateActionPlan,
  type ActionPlanView,
  type NewCorrectiveAction,
} from './action-plans-api.js';
