// The return timetable: the date returns for each period are due ("Q1 returns by 20 July"), set by the
// performance team; periods without an entry fall back to N working days after the period ends.
import type { Channel } from '../../domain/model/types.js';
import { ForbiddenError, ValidationError } from '../../domain/errors/errors.js';
import {
  dueDateFor,
  formatDate,
  isValidIsoDate,
  parsePeriod,
  periodsOfYear,
  type PeriodKind,
} from '../../domain/periods/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';
import { loadSettings } from '../settings.js';

export async function timetableFor(deps: AppDeps, year: string) {
  const [cat, settings] = await Promise.all([loadCatalogue(deps.store), loadSettings(deps.store)]);
  const kinds: PeriodKind[] = ['month', 'quarter', 'half', 'year'];
  return kinds.flatMap((kind) =>
    periodsOfYear(year, kind).map((p) => {
      const entry = cat.timetable.find((t) => t.periodKey === p.key);
      const dueDate = dueDateFor(p, {
        timetable: cat.timetable,
        defaultWorkingDays: settings.defaultDueWorkingDays,
      });
      return {
        periodKey: p.key,
        periodLabel: p.label,
        periodEnd: p.end,
        dueDate,
        dueDateText: formatDate(dueDate),
        source: entry ? ('timetable' as const) : ('default rule' as const),
        note: entry?.note ?? '',
      };
    }),
  );
}

export async function setTimetableEntry(
  deps: AppDeps,
  actorId: string,
  input: { periodKey: string; dueDate: string; note?: string },
  channel: Channel,
) {
  const cat = await loadCatalogue(deps.store);
  if (!cat.people.get(actorId)?.roles.includes('admin')) {
    throw new ForbiddenError('Only the performance team may change the timetable');
  }
  const period = parsePeriod(input.periodKey);
  if (!isValidIsoDate(input.dueDate))
    throw new ValidationError('must be a date YYYY-MM-DD', 'dueDate');
  if (input.dueDate <= period.end)
    throw new ValidationError(
      `must be after the period ends (${formatDate(period.end)})`,
      'dueDate',
    );
  const note = (input.note ?? '').trim().slice(0, 500);
  const existing = (await deps.store.query('timetable', { periodKey: period.key }))[0];
  const ctx = { actorId, channel, event: 'timetable.set' };
  const item = existing
    ? await deps.store.update(
        'timetable',
        existing.id,
        existing.version,
        { dueDate: input.dueDate, note },
        ctx,
      )
    : await deps.store.create(
        'timetable',
        { periodKey: period.key, dueDate: input.dueDate, note },
        ctx,
      );
  return { ...item.fields, id: item.id, version: item.version };
}
