// The returns routes' bodies and answers, shared by the server (which validates with these schemas)
// and the tab (which imports the types only, so zod never reaches its bundle).
import { z } from 'zod';
import { MAX_REOPEN_REASON } from '../domain/workflow/index.js';
import { commentary, figure, optionalFigure, reason, version, webAddress } from './fields.js';

/** POST /api/returns/:id/submit — the Collection Officer's figure, or none with a reason. */
export const submitReturnBody = z.object({
  version,
  value: figure.nullable(),
  notAvailableReason: reason.nullable().optional(),
  commentary: commentary.default(''),
  evidenceUrl: webAddress.nullable().optional(),
  numerator: optionalFigure,
  denominator: optionalFigure,
  forecast: optionalFigure,
  /** The officer confirms a figure far outside the recent history. */
  confirm: z.boolean().optional(),
});

/** POST /api/returns/:id/check */
export const checkReturnBody = z.object({
  version,
  actionPlanId: z.string().max(100).nullable().optional(),
  /** Where the chosen plan stands: added to it; required when the plan is overdue. */
  planUpdate: commentary.nullable().optional(),
});

/** POST /api/returns/:id/authorise */
export const authoriseReturnBody = z.object({ version });

/** POST /api/returns/:id/send-back — a reason is required to send back (DESIGN.md). */
export const sendBackReturnBody = z.object({ version, reason });

/** POST /api/returns/:id/reopen */
export const reopenReturnBody = z.object({ version, reason: z.string().max(MAX_REOPEN_REASON) });

// What a client sends (before defaults and parsing): a figure may be a number or text.
export type SubmitReturnBody = z.input<typeof submitReturnBody>;
export type CheckReturnBody = z.input<typeof checkReturnBody>;
export type AuthoriseReturnBody = z.input<typeof authoriseReturnBody>;
export type SendBackReturnBody = z.input<typeof sendBackReturnBody>;
export type ReopenReturnBody = z.input<typeof reopenReturnBody>;

// Answers: GET /api/returns/mine is MyReturns; every other returns route answers a ReturnView.
export type {
  ReturnView,
  RatingView,
  HistoryPoint,
  PersonRef,
} from '../app/returns/return-view.js';
export type { MyReturns } from '../app/returns/my-returns.js';
