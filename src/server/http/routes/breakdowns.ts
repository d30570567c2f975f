// Breakdowns by place and community group, and the boundaries the ward map draws (issue 16). Bodies
// are read loosely here and checked in the use cases, after the person's role, so a stranger is
// told 403 before anything about input.
import { z } from 'zod';
import {
  enterBreakdown,
  indicatorBreakdowns,
  uploadBoundaries,
} from '../../../app/breakdowns/index.js';
import { route, type Route } from '../route.js';

const anyObject = z.object({}).passthrough();
const property = z.string().max(100).optional();

export const breakdownRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/indicators/:code/breakdowns',
    summary:
      "An indicator's breakdowns by area and community group, each period with a return newest first, whether I may enter them, and the boundaries their map draws",
    tag: 'breakdowns',
    handler: ({ person, params }, deps) => indicatorBreakdowns(deps, person.id, params.code!),
  }),
  route({
    method: 'put',
    path: '/api/returns/:id/breakdowns',
    summary:
      "Replace one breakdown of a return (its Collection or Responsible Officer, their delegates, the performance team; locked once authorised): { breakdown: 'Ward', values: [{ key: 'E05012345', value, numerator?, denominator?, label? }] }",
    tag: 'breakdowns',
    body: anyObject,
    handler: ({ person, params, body }, deps) => enterBreakdown(deps, person.id, params.id!, body),
  }),
  route({
    method: 'put',
    path: '/api/boundaries/:set',
    summary:
      'Replace a boundary set with a GeoJSON FeatureCollection of Polygon or MultiPolygon areas, all or nothing (the performance team); codeProperty and nameProperty name the GSS code and name properties, else the one *CD and *NM property',
    tag: 'breakdowns',
    query: z.object({ codeProperty: property, nameProperty: property }),
    body: anyObject,
    handler: ({ person, params, query, body }, deps) =>
      uploadBoundaries(deps, person.id, {
        set: params.set!,
        file: body,
        options: query,
        channel: 'tab',
      }),
  }),
];
