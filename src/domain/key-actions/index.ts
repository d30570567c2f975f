// Public surface of key-action progress: which periods an action owes updates for, what an update
// must hold and how it is written onto the action, and the update typed in chat.
export { periodsOwed, type OwedInput } from './schedule.js';
export {
  ACTION_OUTCOMES,
  ACTION_OUTCOME_LABELS,
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  MAX_MILESTONE_TEXT,
  MAX_UPDATE_TEXT,
  assertUpdateEntry,
  enteredFields,
  progressFrom,
  updateProblems,
  type ActionProgress,
  type UpdateEntry,
} from './update-rules.js';
export { parseKeyActionReply, type KeyActionReply } from './parse-reply.js';
