// Spot checks (issue 14 item 5): a quarter's checks, drawing them (performance team), recording a
// finding (the assigned checker). The bodies are read loosely here and checked field by field in
// the use cases, after the person's role: so a stranger is told 403 before anything about input.
import { z } from 'zod';
import {
  drawSpotChecks,
  listSpotChecks,
  recordSpotCheckFinding,
} from '../../../app/spot-checks/index.js';
import { route, type Route } from '../route.js';

const anything = z.unknown().optional();

export const spotCheckRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/spot-checks',
    summary:
      "A quarter's spot checks: all of them for the performance and Leadership teams, else your own",
    tag: 'spot checks',
    query: z.object({ period: z.string().max(40).optional() }),
    handler: ({ person, query }, deps) => listSpotChecks(deps, person.id, query.period),
  }),
  route({
    method: 'post',
    path: '/api/spot-checks/draw',
    summary:
      "Draw a quarter's spot checks (performance team); again gives the recorded draw unless redrawn with a reason",
    tag: 'spot checks',
    body: z.object({ period: anything, count: anything, redraw: anything, reason: anything }),
    handler: ({ person, body }, deps) => drawSpotChecks(deps, person.id, body, 'tab'),
  }),
  route({
    method: 'post',
    path: '/api/spot-checks/:id/finding',
    summary: 'Record what a spot check found (the person it is assigned to)',
    tag: 'spot checks',
    body: z.object({
      version: anything,
      finding: anything,
      notes: anything,
      correctiveAction: anything,
    }),
    handler: ({ person, params, body }, deps) =>
      recordSpotCheckFinding(deps, person.id, params.id!, body, 'tab'),
  }),
];
