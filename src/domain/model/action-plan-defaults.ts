// What a new action plan holds before anyone has worked on it: one spelling, used by the app, the
// demo and migrations alike, so plans written anywhere read the same.
import type { ActionPlan } from './types.js';

export const NEW_ACTION_PLAN: Pick<
  ActionPlan,
  | 'correctiveActions'
  | 'progress'
  | 'outcome'
  | 'approval'
  | 'approvedBy'
  | 'approvedAt'
  | 'approvalNote'
> = Object.freeze({
  correctiveActions: [],
  progress: [],
  outcome: '',
  approval: 'not-needed',
  approvedBy: null,
  approvedAt: null,
  approvalNote: null,
});
