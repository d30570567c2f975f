// Settings of the nudge scheduler (issue 4): how often the cycle runs and the per-tenant rate
// Teams allows (30 a second on the rate-limit page; a newer revision says 50).
import { z } from 'zod';

export const nudgeSettings = {
  /** Minutes between nudge cycles; 0 switches the scheduler off. */
  nudgeIntervalMinutes: z.coerce
    .number()
    .min(0)
    .max(24 * 60)
    .default(15),
  /** Teams' per-app-per-tenant limit the limiter keeps to, per second. */
  nudgeGlobalPerSecond: z.coerce.number().int().min(1).max(1000).default(30),
};

export const NUDGE_ENV_NAMES = {
  nudgeIntervalMinutes: 'GT_NUDGE_INTERVAL_MINUTES',
  nudgeGlobalPerSecond: 'GT_NUDGE_GLOBAL_PER_SECOND',
} as const;
