// Key-action progress updates (issue 13): my updates to give and to check, one update, its audit
// trail, and the owner's and service head's decisions. Bodies are checked here (400 naming the
// field); the use cases check the person's role first (403), then the version (409 when stale).
import { z } from 'zod';
import {
  checkKeyActionUpdate,
  getKeyActionUpdate,
  keyActionUpdateAudit,
  myKeyActionUpdates,
  sendBackKeyActionUpdate,
  submitKeyActionUpdate,
} from '../../../app/key-action-updates/index.js';
import { NotFoundError } from '../../../domain/errors/errors.js';
import { MAX_UPDATE_TEXT } from '../../../domain/key-actions/index.js';
import { route, type Route } from '../route.js';
import { submitKeyActionUpdateBody } from '../../../api/key-action-updates.js';

const version = z.string().min(1).max(100);
const submitBody = submitKeyActionUpdateBody;
const checkBody = z.object({ version });
const sendBackBody = z.object({ version, reason: z.string().max(MAX_UPDATE_TEXT) });

export const keyActionUpdateRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/key-action-updates/mine',
    summary: 'My work: key-action updates to give, and to check',
    tag: 'key-action-updates',
    handler: ({ person }, deps) => myKeyActionUpdates(deps, person.id),
  }),
  route({
    method: 'get',
    path: '/api/key-action-updates/:id',
    summary: 'One key-action update with the action, its rating and what I may do',
    tag: 'key-action-updates',
    handler: async ({ person, params }, deps) => {
      const view = await getKeyActionUpdate(deps, person.id, params.id!);
      if (!view) throw new NotFoundError(`No key-action update with id ${params.id}`);
      return view;
    },
  }),
  route({
    method: 'get',
    path: '/api/key-action-updates/:id/audit',
    summary: "The key-action update's audit trail",
    tag: 'key-action-updates',
    handler: ({ person, params }, deps) => keyActionUpdateAudit(deps, person.id, params.id!),
  }),
  route({
    method: 'post',
    path: '/api/key-action-updates/:id/submit',
    summary: 'Give the update (the action owner or their delegate)',
    tag: 'key-action-updates',
    body: submitBody,
    handler: ({ person, params, body }, deps) => {
      const { version: v, ...entry } = body as z.infer<typeof submitBody>;
      return submitKeyActionUpdate(deps, {
        updateId: params.id!,
        version: v,
        entry,
        actorId: person.id,
        channel: 'tab',
      });
    },
  }),
  route({
    method: 'post',
    path: '/api/key-action-updates/:id/check',
    summary: 'Check the update, so it counts (the service head)',
    tag: 'key-action-updates',
    body: checkBody,
    handler: ({ person, params, body }, deps) =>
      checkKeyActionUpdate(deps, {
        updateId: params.id!,
        version: (body as z.infer<typeof checkBody>).version,
        actorId: person.id,
        channel: 'tab',
      }),
  }),
  route({
    method: 'post',
    path: '/api/key-action-updates/:id/send-back',
    summary: 'Send the update back to its owner with a reason (the service head)',
    tag: 'key-action-updates',
    body: sendBackBody,
    handler: ({ person, params, body }, deps) => {
      const b = body as z.infer<typeof sendBackBody>;
      return sendBackKeyActionUpdate(deps, {
        updateId: params.id!,
        version: b.version,
        reason: b.reason,
        actorId: person.id,
        channel: 'tab',
      });
    },
  }),
];
