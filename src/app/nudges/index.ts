// Public surface of the nudges: the cycle, its dry run, the history, and what officers say.
export { runNudgeCycle, NUDGE_LEASE, type CycleOptions, type CycleReport } from './run-cycle.js';
export { dryRunNudges, type DryRun, type DryRunLine } from './dry-run.js';
export { reminderHistory, type ReminderHistoryEntry } from './history.js';
export { recordLeave, snoozeReminders } from './snooze-and-leave.js';
export {
  RateLimiter,
  TEAMS_LIMITS,
  limitsWithGlobal,
  type RateLimits,
  type Window,
} from './rate-limiter.js';
export { compressedTimer, realTimer, simulatedTimer, type Timer } from './timer.js';
export { deliverDigest, DEFAULT_RETRY, type RetryPolicy } from './deliver.js';
export { acquireLease, LeaseLostError, type Lease } from './lease.js';
export {
  outcomeForStatus,
  retryAfterMs,
  type Digest,
  type DigestItem,
  type DigestSender,
  type SendOutcome,
} from './sender.js';
export { digestMarker } from './digest.js';
export {
  reminderDeliveries,
  PROBLEM_STATUSES,
  type DeliveryFilter,
  type DeliveryRow,
} from './delivery-problems.js';
export { retryReminder, type RetryResult } from './retry-reminder.js';
export { stageText, statusText } from './reminder-words.js';
