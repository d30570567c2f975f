export { requireAdmin } from './require-admin.js';
export {
  adminIndicators,
  createIndicator,
  indicatorProblems,
  setIndicatorRetired,
  updateIndicator,
  type IndicatorInput,
} from './indicator-admin.js';
export { setTarget, targetsOf, type TargetInput } from './target-admin.js';
export {
  adminPeople,
  createPerson,
  retirePerson,
  updatePerson,
  type PersonInput,
} from './people-admin.js';
export { assertRatingScheme, ratingScheme, setRatingScheme } from './rating-scheme-admin.js';
export { actionPlanApproval, setActionPlanApproval } from './plan-approval-admin.js';
