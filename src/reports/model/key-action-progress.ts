// Which progress update of a key action a report counts for its period. Reports read the update
// history (the keyActionUpdates list), not the copy kept on the action, so a report of an earlier
// quarter shows that quarter's progress. An update counts once its owner has submitted it — or,
// when the council asks service heads to check updates, once it is checked.
import type { CouncilSettings, KeyAction, KeyActionUpdate } from '../../domain/model/types.js';
import {
  kindForFrequency,
  periodContaining,
  periodsPerYear,
  tryParsePeriod,
  type Period,
} from '../../domain/periods/index.js';

/** An update with the period it reports on. */
export interface DatedUpdate {
  update: KeyActionUpdate;
  period: Period;
}

/**
 * Why there is no update for the period: the owner has not given it, it waits for the service
 * head's check, or the action's timetable (say, half-yearly) asks for none in this period.
 */
export type MissingReason = 'not-submitted' | 'not-checked' | 'not-due';

export interface ProgressAt {
  /** The accepted update counted for the period, or null. */
  counted: DatedUpdate | null;
  missing: MissingReason | null;
  /** The latest accepted update before the period (context when none is counted). */
  previous: DatedUpdate | null;
  /** Every accepted update up to the period's end, oldest first. */
  history: DatedUpdate[];
}

export function isAccepted(update: KeyActionUpdate, settings: CouncilSettings): boolean {
  return settings.keyActionUpdatesNeedCheck
    ? update.state === 'checked'
    : update.state === 'submitted' || update.state === 'checked';
}

/** Every update by key action, oldest period first; an unreadable period key is left out. */
export function datedUpdatesByAction(updates: KeyActionUpdate[]): Map<string, DatedUpdate[]> {
  const out = new Map<string, DatedUpdate[]>();
  for (const update of updates) {
    const period = tryParsePeriod(update.periodKey);
    if (!period) continue;
    const list = out.get(update.keyActionId) ?? [];
    list.push({ update, period });
    out.set(update.keyActionId, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.period.end.localeCompare(b.period.end));
  return out;
}

/**
 * The update counted for `period`: the latest accepted one whose period ENDS within it (a
 * half-yearly update for H1 counts for Q2; a monthly one for October counts for Q3).
 */
export function progressAt(
  action: KeyAction,
  updates: readonly DatedUpdate[],
  period: Period,
  settings: CouncilSettings,
): ProgressAt {
  const upTo = updates.filter((u) => u.period.end <= period.end);
  const history = upTo.filter((u) => isAccepted(u.update, settings));
  const within = (u: DatedUpdate) => u.period.end >= period.start;
  const counted = history.filter(within).at(-1) ?? null;
  const previous = history.filter((u) => !within(u)).at(-1) ?? null;
  if (counted) return { counted, missing: null, previous, history };
  const owed = upTo.filter(within);
  const waiting = owed.some((u) => u.update.state === 'submitted');
  let missing: MissingReason = waiting ? 'not-checked' : 'not-submitted';
  if (owed.length === 0 && !dueWithin(action, period)) missing = 'not-due';
  return { counted: null, missing, previous, history };
}

/** Whether the action's update timetable has a period ending within `period`. */
function dueWithin(action: KeyAction, period: Period): boolean {
  const kind = kindForFrequency(action.updateFrequency ?? 'quarterly');
  if (periodsPerYear(kind) >= periodsPerYear(period.kind)) return true;
  // A longer timetable (half-yearly in a quarterly report): due only when its period ends here.
  return periodContaining(period.end, kind).end === period.end;
}
