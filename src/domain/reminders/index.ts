// Public surface of the reminder policy: pure functions of a London moment, no I/O.
export {
  STAGE_AUDIENCE,
  effectivePolicy,
  inReminderWindow,
  stagesOnDay,
  type ReminderStage,
  type StageAudience,
  type StageOnDay,
} from './stages.js';
export {
  DEFAULT_QUIET_HOURS,
  assertQuietHours,
  quietReason,
  type QuietHours,
} from './quiet-hours.js';
export { audienceId, onLeave, recipientFor, type Recipient } from './recipients.js';
export {
  ledgerKey,
  planNudges,
  type HeldReminder,
  type NudgePlan,
  type PlanInput,
  type PlanReturn,
  type PlannedReminder,
  type PlannedStage,
  type Snooze,
} from './plan.js';
export { snoozeUntilTomorrow } from './snooze.js';
