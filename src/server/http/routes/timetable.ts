import { z } from 'zod';
import { setTimetableEntry, timetableFor } from '../../../app/timetable/index.js';
import { financialYearOf, londonDate } from '../../../domain/periods/index.js';
import { route, type Route } from '../route.js';

export const timetableRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/timetable',
    summary: 'When returns are due for each period of a financial year',
    tag: 'timetable',
    query: z.object({
      year: z
        .string()
        .regex(/^\d{4}\/\d{2}$/, 'must be a financial year like 2025/26')
        .optional(),
    }),
    handler: ({ query }, deps) =>
      timetableFor(deps, query.year ?? financialYearOf(londonDate(deps.clock.now()))),
  }),
  route({
    method: 'put',
    path: '/api/timetable/:periodKey',
    summary: 'Set the date returns for a period are due (performance team)',
    tag: 'timetable',
    body: z.object({ dueDate: z.string().max(10), note: z.string().max(500).optional() }),
    handler: ({ person, params, body }, deps) =>
      setTimetableEntry(deps, person.id, { periodKey: params.periodKey!, ...body }, 'tab'),
  }),
];
