// A return's reminder history for the tab (issue 4): what was sent to whom, when, and what came of
// it — permanent failures (the person left, the app was removed) included, for the performance
// team. "My reminders" is in my-reminders.ts; both only read the ledger the nudges write.
import { reminderHistory, type ReminderHistoryEntry } from '../../../app/nudges/index.js';
import { route, type Route } from '../route.js';

export const reminderRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/returns/:id/reminders',
    summary: "A return's reminder history, newest first",
    tag: 'reminders',
    handler: ({ params, person }, deps): Promise<ReminderHistoryEntry[]> =>
      reminderHistory(deps.store, params.id!, person.id),
  }),
];
