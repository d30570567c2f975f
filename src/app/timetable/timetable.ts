// The return timetable: the date returns for each period are due ("Q1 returns by 20 July"), set by the
// performance team; periods without an entry fall back to N working days after the period ends.
// Each write names the version of the entry the person saw (null while the period follows the
// default rule), as every set-up write does, so two people setting one date never overwrite.
import type { Channel, IsoDate } from '../../domain/model/types.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../domain/errors/errors.js';
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

/** One period's due date, as the tab's timetable form reads it. */
export interface TimetableRow {
  periodKey: string;
  periodLabel: string;
  periodEnd: IsoDate;
  dueDate: IsoDate;
  dueDateText: string;
  source: 'timetable' | 'default rule';
  note: string;
  /** The entry's version, to send back when changing it; null while the default rule holds. */
  version: string | null;
}

export async function timetableFor(deps: AppDeps, year: string): Promise<TimetableRow[]> {
  const [cat, settings, stored] = await Promise.all([
    loadCatalogue(deps.store),
    loadSettings(deps.store),
    deps.store.query('timetable'),
  ]);
  const versions = new Map(stored.map((t) => [t.fields.periodKey, t.version] as const));
  const kinds: PeriodKind[] = ['month', 'quarter', 'half', 'year'];
  return kinds.flatMap((kind) =>
    periodsOfYear(year, kind).map((p): TimetableRow => {
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
        source: entry ? 'timetable' : 'default rule',
        note: entry?.note ?? '',
        version: versions.get(p.key) ?? null,
      };
    }),
  );
}

export async function setTimetableEntry(
  deps: AppDeps,
  actorId: string,
  input: { periodKey: string; dueDate: string; note?: string; version: string | null },
  channel: Channel,
) {
  const cat = await loadCatalogue(deps.store);
  if (!cat.people.get(actorId)?.roles.includes('admin')) {
    throw new ForbiddenError('Only the performance team may change the timetable');
  }
  const period = parsePeriod(input.periodKey, 'periodKey');
  if (!isValidIsoDate(input.dueDate))
    throw new ValidationError('must be a date YYYY-MM-DD', 'dueDate');
  if (input.dueDate <= period.end)
    throw new ValidationError(
      `must be after the period ends (${formatDate(period.end)})`,
      'dueDate',
    );
  const note = (input.note ?? '').trim().slice(0, 500);
  const existing = (await deps.store.query('timetable', { periodKey: period.key }))[0];
  const changed = `The due date for ${period.label} was changed by someone else.`;
  // Said here in words; the store still refuses a write that races past this check.
  if (existing && input.version !== existing.version)
    throw new ConflictError(changed, existing.version);
  if (!existing && input.version !== null) throw new ConflictError(changed, null);
  const ctx = { actorId, channel, event: 'timetable.set' };
  const item = existing
    ? await deps.store.update(
        'timetable',
        existing.id,
        input.version!,
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
