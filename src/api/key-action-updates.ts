// Key-action progress updates (issue 13): the owner's update body and the answers, shared by the
// server and the tab (types only in the tab).
import { z } from 'zod';
import {
  ACTION_OUTCOMES,
  ACTION_STATUSES,
  MAX_MILESTONE_TEXT,
  MAX_UPDATE_TEXT,
} from '../domain/key-actions/index.js';
import type { ActionOutcome, ActionStatus } from '../domain/model/types.js';
import { version, webAddress } from './fields.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** POST /api/key-action-updates/:id/submit */
export const submitKeyActionUpdateBody = z.object({
  version,
  status: z.enum(ACTION_STATUSES as [ActionStatus, ...ActionStatus[]]),
  outcome: z.enum(ACTION_OUTCOMES as [ActionOutcome, ...ActionOutcome[]]).optional(),
  percentComplete: z.number().int().min(0).max(100).optional(),
  commentary: z.string().max(MAX_UPDATE_TEXT).default(''),
  evidenceUrl: webAddress.nullable().optional(),
  revisedDueDate: isoDate.nullable().optional(),
  revisedDueReason: z.string().max(MAX_UPDATE_TEXT).nullable().optional(),
  nextMilestone: z.string().max(MAX_MILESTONE_TEXT).default(''),
});

export type SubmitKeyActionUpdateBody = z.input<typeof submitKeyActionUpdateBody>;
export type { KeyActionUpdateView, MyKeyActionUpdates } from '../app/key-action-updates/index.js';
