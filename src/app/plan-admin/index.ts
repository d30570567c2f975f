// Public surface of the plan set-up: corporate plans, priorities, objectives, service plans and key
// actions (create, edit, reorder, retire — never delete), the annual refresh, and the key-action
// check setting. The problem functions are shared with the CSV importer.
export {
  earlierPlanProblems,
  keyActionProblems,
  objectiveProblems,
  planProblems,
  priorityProblems,
  servicePlanProblems,
  type KeyActionInput,
  type ObjectiveInput,
  type PlanInput,
  type PriorityInput,
  type ServicePlanInput,
} from './plan-problems.js';
export { adminPlans, createPlan, setPlanCurrent, updatePlan } from './corporate-plans.js';
export {
  adminPriorities,
  createPriority,
  reorderPriorities,
  setPriorityRetired,
  updatePriority,
} from './priorities.js';
export {
  adminObjectives,
  createObjective,
  reorderObjectives,
  setObjectiveRetired,
  updateObjective,
} from './objectives.js';
export {
  adminServicePlans,
  createServicePlan,
  setServicePlanRetired,
  updateServicePlan,
} from './service-plans.js';
export {
  createKeyAction,
  servicePlanKeyActions,
  setKeyActionRetired,
  updateKeyAction,
} from './key-actions.js';
export { previewNextServicePlan, startNextServicePlan, type NextYearPreview } from './next-year.js';
export { keyActionUpdateCheck, setKeyActionUpdateCheck } from './update-check-setting.js';
export { mayEditServicePlan, mayUseServicePlanSetup } from './service-plan-access.js';
export type { OrderedItem } from './reorder.js';
export type { Versioned } from './shared.js';
