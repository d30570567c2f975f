// Reminder deliveries for the performance team (issue 4): the failures the nudges recorded —
// permanent ones (403/404: the person left, the app was removed) and those still being retried —
// and clearing one once its cause is fixed. The role is checked before the query or body is read,
// so anyone else gets 403 whatever they send; the clear names the version it read (409 if stale).
import { z } from 'zod';
import { requireAdmin } from '../../../app/admin/index.js';
import {
  reminderDeliveries,
  retryReminder,
  type DeliveryRow,
  type RetryResult,
} from '../../../app/nudges/index.js';
import { route, type Route } from '../route.js';

const listQuery = z.object({
  status: z
    .enum(['problems', 'all', 'permanent-failure', 'failed', 'sent', 'pending', 'skipped'])
    .default('problems'),
  top: z.coerce.number().int().min(1).max(500).default(100),
});

export const adminReminderRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/admin/reminders',
    summary:
      'Reminder deliveries, newest first: by default the problems (permanent-failure and failed)',
    tag: 'admin',
    // Declared for the OpenAPI document, parsed only after the role check (below).
    query: z.object({ status: z.string().optional(), top: z.string().optional() }),
    handler: ({ person, query }, deps): Promise<DeliveryRow[]> => {
      requireAdmin(person);
      return reminderDeliveries(deps, person, listQuery.parse(query));
    },
  }),
  route({
    method: 'post',
    path: '/api/admin/reminders/:id/retry',
    summary:
      "Clear a failed reminder once fixed: today's goes again in the next cycle, an older one is closed",
    tag: 'admin',
    body: z.unknown(),
    handler: ({ person, params, body }, deps): Promise<RetryResult> => {
      requireAdmin(person);
      const { version } = z.object({ version: z.string().min(1).max(100) }).parse(body ?? {});
      return retryReminder(deps, person, params.id!, version);
    },
  }),
];
