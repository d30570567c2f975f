import { z } from 'zod';
import { NotFoundError } from '../../../domain/errors/errors.js';
import { actOnReturn } from '../../../app/returns/act-on-return.js';
import { getReturnView, myReturns } from '../../../app/returns/my-returns.js';
import { MAX_REOPEN_REASON, type ReturnEvent } from '../../../domain/workflow/index.js';
import { reopenReturn } from '../../../app/returns/reopen-return.js';
import { route, type Route } from '../route.js';

const version = z.string().min(1).max(100);
const optionalNumber = z.number().finite().nullable().optional();

const submitBody = z.object({
  version,
  value: z.number().finite().nullable(),
  notAvailableReason: z.string().max(2000).nullable().optional(),
  commentary: z.string().max(4000).default(''),
  evidenceUrl: z.string().max(2048).nullable().optional(),
  numerator: optionalNumber,
  denominator: optionalNumber,
  forecast: optionalNumber,
  /** The officer confirms a figure far outside the recent history. */
  confirm: z.boolean().optional(),
});
const checkBody = z.object({
  version,
  actionPlanId: z.string().max(100).nullable().optional(),
  /** Where the chosen plan stands: added to it; required when the plan is overdue. */
  planUpdate: z.string().max(4000).nullable().optional(),
});
const authoriseBody = z.object({ version });
const sendBackBody = z.object({ version, reason: z.string().max(2000) });
const reopenBody = z.object({ version, reason: z.string().max(MAX_REOPEN_REASON) });

function decide(
  path: string,
  summary: string,
  body: z.ZodType<{ version: string }>,
  toEvent: (b: never) => ReturnEvent,
): Route {
  return route({
    method: 'post',
    path,
    summary,
    tag: 'returns',
    body,
    handler: async ({ person, params, body: b }, deps) =>
      (
        await actOnReturn(deps, {
          returnId: params.id!,
          version: b.version,
          event: toEvent(b as never),
          actorId: person.id,
          channel: 'tab',
        })
      ).view,
  });
}

export const returnRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/returns/mine',
    summary: 'My work: returns to enter, check and authorise',
    tag: 'returns',
    handler: ({ person }, deps) => myReturns(deps, person.id),
  }),
  route({
    method: 'get',
    path: '/api/returns/:id',
    summary: 'One return with its target, rating, history and what I may do',
    tag: 'returns',
    handler: async ({ person, params }, deps) => {
      const view = await getReturnView(deps, person.id, params.id!);
      if (!view) throw new NotFoundError(`No return with id ${params.id}`);
      return view;
    },
  }),
  route({
    method: 'get',
    path: '/api/returns/:id/audit',
    summary: "The return's audit trail",
    tag: 'returns',
    handler: async ({ params }, deps) => deps.store.audit({ list: 'returns', itemId: params.id! }),
  }),
  decide(
    '/api/returns/:id/submit',
    'Enter (or re-enter) the figure',
    submitBody,
    (b: z.infer<typeof submitBody>) => ({
      type: 'enter',
      value: b.value,
      notAvailableReason: b.notAvailableReason ?? null,
      commentary: b.commentary,
      evidenceUrl: b.evidenceUrl ?? null,
      numerator: b.numerator ?? null,
      denominator: b.denominator ?? null,
      forecast: b.forecast ?? null,
      plausibilityConfirmed: b.confirm ?? false,
    }),
  ),
  decide(
    '/api/returns/:id/check',
    'Pass the check (Responsible Officer)',
    checkBody,
    (b: z.infer<typeof checkBody>) => ({
      type: 'check',
      actionPlanId: b.actionPlanId ?? null,
      planUpdate: b.planUpdate ?? null,
    }),
  ),
  decide('/api/returns/:id/authorise', 'Authorise (Authorising Officer)', authoriseBody, () => ({
    type: 'authorise',
  })),
  decide(
    '/api/returns/:id/send-back',
    'Send back with a reason',
    sendBackBody,
    (b: z.infer<typeof sendBackBody>) => ({
      type: 'send-back',
      reason: b.reason,
    }),
  ),
  route({
    method: 'post',
    path: '/api/returns/:id/reopen',
    summary:
      'Reopen an authorised figure found wrong, with a reason (performance team or Authorising Officer)',
    tag: 'returns',
    body: reopenBody,
    handler: ({ person, params, body }, deps) =>
      reopenReturn(deps, person.id, params.id!, body, 'tab'),
  }),
];
