// Comparator groups for the tab (issue 16): every group with its kind and how many councils are in
// it, for any person of the council (checked in the use case, before anything is read).
import { listComparatorGroups } from '../../../app/benchmarks/index.js';
import { route, type Route } from '../route.js';

export const benchmarkGroupRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/benchmarks/groups',
    summary:
      'The comparator groups (England, CIPFA nearest neighbours …) with their kind and member count',
    tag: 'benchmarks',
    handler: ({ person }, deps) => listComparatorGroups(deps, person.id),
  }),
];
