// The performance team's return timetable: each quarter's returns are due on the third Friday
// after the quarter ends (the Derbyshire timetable sets dates like "Q1 returns by 20 July").
// Months, half-years and the year fall back to the default working-days rule.
import { formatDate, isoWeekday, periodsOfYear } from '../domain/periods/index.js';
import type { TimetableEntry } from '../domain/model/types.js';
import { addDaysIso, fyLabel } from './dates.js';
import { idSequence } from './ids.js';

export function thirdFridayAfter(date: string): string {
  let d = addDaysIso(date, 1);
  // ISO weekday: Monday 1 … Friday 5.
  while (isoWeekday(d) !== 5) d = addDaysIso(d, 1);
  return addDaysIso(d, 14);
}

export function buildTimetable(fyStart: number): TimetableEntry[] {
  const nextId = idSequence('timetable');
  const entries: TimetableEntry[] = [];
  for (const fy of [fyStart - 1, fyStart]) {
    for (const p of periodsOfYear(fyLabel(fy), 'quarter')) {
      const dueDate = thirdFridayAfter(p.end);
      entries.push({
        id: nextId(),
        periodKey: p.key,
        dueDate,
        note: `${p.label} returns by ${formatDate(dueDate)}; Leadership Team reviews the corporate report the week after.`,
      });
    }
  }
  return entries;
}
