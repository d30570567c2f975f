// The shared meeting stage: where its presenter is, and the presenter's moves (src/app/meeting-
// stage holds the rules and keeps the state in the store, so any server instance answers). Polled
// every ~1.5 s by each stage view: polling rather than server-sent events, because it needs nothing
// of App Service's proxies or Teams' web view; the ETag makes an unchanged answer a bodiless 304.
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.js';
import {
  createStageBoard,
  type StageBoard,
  type StageState,
} from '../../../app/meeting-stage/index.js';
import { route, type Route } from '../route.js';

// One board per composition (its short read cache is shared by every poll of this instance).
const boards = new WeakMap<AppDeps, StageBoard>();
function boardFor(deps: AppDeps): StageBoard {
  let board = boards.get(deps);
  if (!board) boards.set(deps, (board = createStageBoard(deps)));
  return board;
}

// Teams meeting ids are base64 of about 100 characters; a SharePoint text column holds 255.
const meetingId = z.string().min(1).max(255);
const stageParams = z.object({ meetingId });
const stageRoute = z
  .string()
  .max(300)
  .regex(/^#\/[\w\-/%?=&.]*$/, 'must be a tab route like #/dashboard');

export const meetingStageRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/meetings/:meetingId/stage',
    summary: 'Where the presenter of this meeting is on the shared stage (ETag, If-None-Match)',
    tag: 'meetings',
    params: stageParams,
    handler: async ({ params }, deps) => boardFor(deps).read(params.meetingId!),
    // The store's version may hold quotes and commas (SharePoint's `"{guid},3"`): encoded, it is a
    // valid entity tag and one item of an If-None-Match list.
    etag: (state) =>
      `W/"stage-${encodeURIComponent((state as StageState | null)?.version ?? 'none')}"`,
  }),
  route({
    method: 'put',
    path: '/api/meetings/:meetingId/stage',
    summary:
      'Move the stage as its presenter, present a stage nobody presents, or take over after sharing',
    tag: 'meetings',
    params: stageParams,
    body: z.object({ route: stageRoute, takeOver: z.boolean().default(false) }),
    handler: async ({ person, params, body }, deps) =>
      boardFor(deps).move(person, {
        meetingId: params.meetingId!,
        route: body.route,
        takeOver: body.takeOver,
      }),
  }),
];
