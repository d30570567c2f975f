// The action-plan routes' new-plan body and the plan as people read it, shared by the server and
// the tab (types only in the tab).
import { z } from 'zod';
import { MAX_CORRECTIVE_ACTIONS } from '../domain/values/index.js';
import { commentary } from './fields.js';

const newCorrectiveAction = z.object({ title: z.string().max(300), dueDate: z.string().max(10) });

/** POST /api/action-plans — why the figure is off target and what will be done. */
export const newActionPlanBody = z.object({
  indicatorId: z.string().min(1).max(100),
  periodKey: z.string().min(1).max(40),
  reasons: commentary,
  actions: commentary,
  ownerId: z.string().min(1).max(100),
  /** YYYY-MM-DD */
  dueDate: z.string().max(10),
  /** The period key by which performance should be back on target. */
  expectedRecovery: z.string().min(1).max(40),
  /** What will be done, each by its own date (the owner is nudged on these dates). */
  correctiveActions: z.array(newCorrectiveAction).max(MAX_CORRECTIVE_ACTIONS).optional(),
});

export const correctiveActionBody = newCorrectiveAction;

export type NewActionPlan = z.input<typeof newActionPlanBody>;
export type NewCorrectiveAction = z.input<typeof newCorrectiveAction>;
export type { ActionPlanView } from '../app/action-plans/index.js';
