import { z } from 'zod';
import { NotFoundError } from '../../../domain/errors/errors.js';
import { actOnReturn } from '../../../app/returns/act-on-return.js';
import { getReturnView, myReturns } from '../../../app/returns/my-returns.js';
import { cachedView } from '../../../app/views/index.js';
import type { ReturnEvent } from '../../../domain/workflow/index.js';
import { reopenReturn } from '../../../app/returns/reopen-return.js';
import { returnAudit } from '../../../app/indicators/index.js';
import { route, type Route } from '../route.js';
import {
  authoriseReturnBody as authoriseBody,
  checkReturnBody as checkBody,
  reopenReturnBody as reopenBody,
  sendBackReturnBody as sendBackBody,
  submitReturnBody as submitBody,
} from '../../../api/returns.js';

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
    handler: ({ person }, deps) =>
      cachedView(deps, 'returns/mine', [person.id], (d) => myReturns(d, person.id)),
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
    summary:
      "The return's audit trail (the indicator's officers and their delegates, the Leadership " +
      'Team and the performance team)',
    tag: 'returns',
    handler: ({ person, params }, deps) => returnAudit(deps, person.id, params.id!),
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
