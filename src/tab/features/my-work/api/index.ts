export { getMyReturns } from './get-my-returns.js';
export { submitReturn, type SubmitInput } from './submit-return.js';
export { authoriseReturn, checkReturn, sendBackReturn } from './decide-return.js';
export { createActionPlan, type NewActionPlan } from './create-action-plan.js';
export { getPeople, type PersonOption } from './get-people.js';
export { getMyActionPlans, type MyActionPlan } from './get-my-action-plans.js';
export { getMyReminders, type MyReminder } from './get-my-reminders.js';
export {
  checkKeyActionUpdate,
  getMyKeyActionUpdates,
  sendBackKeyActionUpdate,
  submitKeyActionUpdate,
  type KeyActionUpdateView,
  type MyKeyActionUpdates,
  type UpdateInput,
} from './key-action-updates.js';
