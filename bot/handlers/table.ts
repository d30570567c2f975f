// One handler per card verb, through a typed table (as in the Teams SDK's route table): a new verb
// is a compile error until it has a handler.
import type { HandlerTable } from './context.js';
import { writeActionPlan } from './action-plan.js';
import { refreshDeepDive } from './deep-dive.js';
import {
  checkKeyAction,
  refreshKeyAction,
  sendBackKeyAction,
  submitKeyAction,
} from './key-action.js';
import { approveActionPlan, rejectActionPlan, reviewActionPlan } from './plan-approval.js';
import { refreshCard } from './refresh.js';
import { refreshRisk, reviewRisk } from './risk-review.js';
import { authoriseReturn, checkReturn, sendBackReturn } from './review.js';
import { confirmReturn, submitReturn } from './submit.js';

export const HANDLERS: HandlerTable = {
  'return.submit': submitReturn,
  'return.confirm': confirmReturn,
  'return.check': checkReturn,
  'return.authorise': authoriseReturn,
  'return.sendBack': sendBackReturn,
  'actionPlan.write': writeActionPlan,
  'card.refresh': refreshCard,
  'keyAction.submit': submitKeyAction,
  'keyAction.check': checkKeyAction,
  'keyAction.sendBack': sendBackKeyAction,
  'keyAction.refresh': refreshKeyAction,
  'actionPlan.review': reviewActionPlan,
  'actionPlan.approve': approveActionPlan,
  'actionPlan.reject': rejectActionPlan,
  'risk.review': reviewRisk,
  'risk.refresh': refreshRisk,
  'deepDive.refresh': refreshDeepDive,
};
