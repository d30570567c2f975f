// The strategy map and key actions (/api/plan, /api/key-actions/:id), spot checks and a return's
// reminder history: answers, as types.
export type { KeyActionDetail } from '../app/plan/key-action-detail.js';
export type { PlanSummary, PlanTree } from '../app/plan/plan-tree.js';
export type {
  DrawResult,
  DrawView,
  FindingResult,
  SpotCheckQuarterView,
  SpotCheckView,
} from '../app/spot-checks/index.js';
export type { ReminderHistoryEntry } from '../app/nudges/index.js';
