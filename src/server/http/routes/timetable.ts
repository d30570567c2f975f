import { z } from 'zod';
import { setTimetableEntry, timetableFor } from '../../../app/timetable/index.js';
import { financialYearOf, londonDate } from '../../../domain/periods/index.js';
import { route, type Route } from '../route.js';

export const timetableRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/timetable',
    summary:
      'When returns are due for each period of a financial year, with the version of each date set',
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
    summary:
      'Set the date returns for a period are due (performance team); send the version you read, ' +
      'null while the period follows the default rule',
    tag: 'timetable',
    params: z.object({ periodKey: z.string().min(1).max(40) }),
    body: z.object({
      dueDate: z.string().max(10),
      note: z.string().max(500).optional(),
      version: z
        .string({ error: 'must be the version you read, or null for a period on the default rule' })
        .min(1)
        .max(100)
        .nullable(),
    }),
    handler: ({ person, params, body }, deps) =>
      setTimetableEntry(deps, person.id, { periodKey: params.periodKey!, ...body }, 'tab'),
  }),
];
