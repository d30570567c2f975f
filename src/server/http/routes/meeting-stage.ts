// The shared meeting stage follows its presenter: whoever shared the dashboard to the stage posts
// the page they are on, and every other stage view polls for it (Live Share is not available to
// us, so the app's own server relays it). Held in memory per server instance, bounded and expiring:
// losing it only means viewers wait for the presenter's next move. Polling (every ~1.5 s) rather
// than server-sent events, because it needs nothing of App Service's proxies or Teams' web view.
import { z } from 'zod';
import { ForbiddenError } from '../../../domain/errors/errors.js';
import { route, type Route } from '../route.js';

export interface StageState {
  meetingId: string;
  presenterId: string;
  presenterName: string;
  /** The tab route (hash) the presenter is on, e.g. `#/dashboard?period=2025-10`. */
  route: string;
  /** Increases with every move, so a viewer can ignore what it has already applied. */
  seq: number;
  updatedAt: string;
}

const MAX_MEETINGS = 500;
const TTL_MS = 12 * 60 * 60 * 1000;
const stages = new Map<string, StageState>();

function prune(now: number): void {
  for (const [key, s] of stages)
    if (now - Date.parse(s.updatedAt) > TTL_MS || stages.size > MAX_MEETINGS) stages.delete(key);
}

const meetingId = z.string().min(1).max(400);
const stageRoute = z
  .string()
  .max(300)
  .regex(/^#\/[\w\-/%?=&.]*$/, 'must be a tab route like #/dashboard');

export const meetingStageRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/meetings/:meetingId/stage',
    summary: 'Where the presenter of this meeting is on the shared stage',
    tag: 'meetings',
    handler: async ({ params }) => {
      const id = meetingId.parse(params.meetingId);
      return stages.get(id) ?? null;
    },
  }),
  route({
    method: 'put',
    path: '/api/meetings/:meetingId/stage',
    summary: 'Share to stage (take the presenter role) or move the stage as its presenter',
    tag: 'meetings',
    body: z.object({ route: stageRoute, takeOver: z.boolean().default(false) }),
    handler: async ({ person, params, body }, deps) => {
      const id = meetingId.parse(params.meetingId);
      const now = deps.clock.now();
      prune(now.getTime());
      const current = stages.get(id);
      if (current && current.presenterId !== person.id && !body.takeOver) {
        throw new ForbiddenError(
          `${current.presenterName} is presenting; share to stage to take over`,
        );
      }
      const next: StageState = {
        meetingId: id,
        presenterId: person.id,
        presenterName: person.name,
        route: body.route,
        seq: (current?.seq ?? 0) + 1,
        updatedAt: now.toISOString(),
      };
      stages.set(id, next);
      return next;
    },
  }),
];
