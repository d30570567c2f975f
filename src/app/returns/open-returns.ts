// When a period ends, each indicator's return for it comes into being in state `due`, so it shows in
// My work and the reminders find it. Idempotent: run at start and daily; existing returns are kept.
import {
  kindForFrequency,
  londonDate,
  periodContaining,
  periodsBetween,
  previousPeriod,
  type Period,
} from '../../domain/periods/index.js';
import type { ListShapes, WriteOp } from '../../domain/ports/store.js';
import { newReturn } from '../../domain/workflow/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';

/** Periods ended by `today`, from the start of the previous financial year. */
function endedPeriods(frequency: Parameters<typeof kindForFrequency>[0], today: string): Period[] {
  const kind = kindForFrequency(frequency);
  const current = periodContaining(today, kind);
  const last = current.end < today ? current : previousPeriod(current);
  const fyStart = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0) - 1;
  const first = periodContaining(`${fyStart}-04-01`, kind);
  return last.end < first.start ? [] : periodsBetween(first, last);
}

/** The fields of a return that has just come due (kept as the app's name for `newReturn`). */
export const blankReturn = (indicatorId: string, periodKey: string): ListShapes['returns'] =>
  newReturn(indicatorId, periodKey);

export async function openDueReturns(deps: AppDeps): Promise<number> {
  const cat = await loadCatalogue(deps.store);
  const today = londonDate(deps.clock.now());
  const existing = new Set(
    (await deps.store.query('returns')).map((r) => `${r.fields.indicatorId}|${r.fields.periodKey}`),
  );
  const ops: WriteOp[] = [];
  for (const indicator of cat.indicators.values()) {
    if (indicator.retired) continue;
    for (const p of endedPeriods(indicator.frequency, today)) {
      if (existing.has(`${indicator.id}|${p.key}`)) continue;
      ops.push({
        kind: 'create',
        list: 'returns',
        fields: { ...blankReturn(indicator.id, p.key) },
      });
    }
  }
  if (ops.length)
    await deps.store.writeMany(ops, {
      actorId: 'system',
      channel: 'system',
      event: 'return.opened',
    });
  return ops.length;
}
