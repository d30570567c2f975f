// My reminders history for My work: the reminder ledger's entries addressed to me, newest first,
// with the indicator and period they were about (the nudges write the ledger; this only reads it).
import { parsePeriod } from '../../../domain/periods/index.js';
import type { MyReminder } from '../../../api/my-work.js';
import { route, type Route } from '../route.js';

export const myReminderRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/reminders/mine',
    summary: 'Reminders sent to me, newest first',
    tag: 'reminders',
    handler: async ({ person }, deps): Promise<MyReminder[]> => {
      const entries = await deps.store.query('reminderLedger', { recipientId: person.id });
      const sorted = entries
        .map((e) => e.fields)
        .sort((a, b) => b.day.localeCompare(a.day))
        .slice(0, 100);
      const returns = new Map<string, { code: string | null; label: string | null }>();
      for (const e of sorted) {
        if (returns.has(e.returnId)) continue;
        const ret = await deps.store.get('returns', e.returnId);
        const indicator = ret && (await deps.store.get('indicators', ret.fields.indicatorId));
        returns.set(e.returnId, {
          code: indicator?.fields.code ?? null,
          label: ret ? parsePeriod(ret.fields.periodKey).label : null,
        });
      }
      return sorted.map((e) => ({
        key: e.key,
        day: e.day,
        stage: e.stage,
        status: e.status,
        reason: e.reason,
        sentAt: e.sentAt,
        indicatorCode: returns.get(e.returnId)?.code ?? null,
        periodLabel: returns.get(e.returnId)?.label ?? null,
      }));
    },
  }),
];
