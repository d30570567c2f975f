// Two years of quarterly progress updates for the demo's key actions, and each action's latest
// accepted update copied onto it. Every quarter that has ended has an update; in the latest ended
// quarter, one unfinished action in three per service is still waiting for its owner (due, or overdue once
// the timetable's date has passed), so a key-action owner always has an update to give.
import type {
  ActionStatus,
  IsoDate,
  KeyAction,
  KeyActionUpdate,
  ServicePlan,
  TimetableEntry,
} from '../domain/model/types.js';
import {
  parseFinancialYear,
  periodContaining,
  periodsOfYear,
  previousPeriod,
} from '../domain/periods/index.js';
import { addDaysIso, instantAt } from './dates.js';
import { idSequence } from './ids.js';
import type { Random } from './prng.js';
import { thirdFridayAfter } from './timetable.js';

export interface UpdateContext {
  today: IsoDate;
  timetable: TimetableEntry[];
  rng: Random;
}

/** The earlier quarters of an action heading for `final`: on track, wobbling once if it ends badly. */
function statusAt(final: ActionStatus, quarter: number, quarters: number): ActionStatus {
  if (quarter === quarters) return final;
  if (final === 'unlikely') return quarter >= quarters - 1 ? 'some-risk' : 'on-track';
  if (final === 'not-started') return 'not-started';
  return 'on-track';
}

const COMMENTARY: Record<ActionStatus, string> = {
  'not-started': 'Not started yet; start planned for later in the year.',
  'on-track': 'On track: this quarter’s milestones met.',
  'some-risk': 'Some risk to the timetable; mitigation agreed with the service head.',
  unlikely: 'Unlikely to complete this year; re-planning with the portfolio holder.',
  complete: 'Complete.',
};

export function buildKeyActionUpdates(
  servicePlans: readonly ServicePlan[],
  keyActions: readonly KeyAction[],
  ctx: UpdateContext,
): { keyActions: KeyAction[]; updates: KeyActionUpdate[] } {
  const nextId = idSequence('keyActionUpdates');
  const latestEnded = previousPeriod(periodContaining(ctx.today, 'quarter'));
  const planYear = new Map(servicePlans.map((p) => [p.id, p.year]));
  const dueOf = (key: string, end: IsoDate) =>
    ctx.timetable.find((t) => t.periodKey === key)?.dueDate ?? thirdFridayAfter(end);
  const updates: KeyActionUpdate[] = [];
  const indexInService = new Map<string, number>();
  const out = keyActions.map((action) => {
    const year = planYear.get(action.servicePlanId) as string;
    const position = indexInService.get(action.servicePlanId) ?? 0;
    indexInService.set(action.servicePlanId, position + 1);
    const ended = periodsOfYear(year, 'quarter').filter((q) => q.end <= latestEnded.end);
    // Two years of history: this year's and last year's plans; older plans only their outcome.
    if (parseFinancialYear(year) < latestEnded.fyStart - 1) return action;
    if (ended.length === 0) return withLatest(action, null);
    let latest: KeyActionUpdate | null = null;
    ended.forEach((q, i) => {
      // Waiting: unfinished work only, so the year's mix of complete and unlikely stays in view.
      const awaited =
        q.key === latestEnded.key &&
        position % 3 === 1 &&
        !['complete', 'unlikely'].includes(action.status);
      const status = statusAt(action.status, i + 1, ended.length);
      const percent =
        status === 'complete'
          ? 100
          : Math.round((action.percentComplete * (i + 1)) / ended.length / 5) * 5;
      const due = dueOf(q.key, q.end);
      const enteredOn = addDaysIso(due, -ctx.rng.int(1, 8));
      const update: KeyActionUpdate = {
        id: nextId(),
        keyActionId: action.id,
        periodKey: q.key,
        state: awaited ? 'due' : 'submitted',
        status: awaited ? null : status,
        outcome: awaited ? null : status === action.status ? action.outcome : 'as-expected',
        percentComplete: awaited ? null : percent,
        commentary: awaited
          ? ''
          : i + 1 === ended.length && action.lastUpdate
            ? action.lastUpdate
            : COMMENTARY[status],
        evidenceUrl: null,
        revisedDueDate: null,
        revisedDueReason: null,
        nextMilestone: awaited
          ? ''
          : (action.milestones.find((m) => m.dueDate > q.end)?.title ?? ''),
        enteredBy: awaited ? null : action.ownerId,
        enteredAt: awaited ? null : instantAt(enteredOn, ctx.rng.int(8, 16), ctx.rng.int(0, 59)),
        checkedBy: null,
        checkedAt: null,
        sentBackReason: null,
        sentBackBy: null,
      };
      updates.push(update);
      if (!awaited) latest = update;
    });
    return withLatest(action, latest);
  });
  return { keyActions: out, updates };
}

/**
 * Milestones done in step with the work: the first ones, in proportion to the percentage
 * complete, so that an action 40% through has not ticked off every milestone.
 */
function milestonesAt(action: KeyAction, percent: number): KeyAction['milestones'] {
  const done = Math.floor((action.milestones.length * percent) / 100);
  return action.milestones.map((m, i) => ({ ...m, done: i < done }));
}

/** The action as its latest accepted update left it; untouched progress if it has none. */
function withLatest(action: KeyAction, latest: KeyActionUpdate | null): KeyAction {
  if (!latest) {
    return {
      ...action,
      milestones: milestonesAt(action, 0),
      status: 'not-started',
      outcome: 'as-expected',
      percentComplete: 0,
      lastUpdate: 'No progress update yet.',
      lastUpdatedAt: null,
    };
  }
  const u: KeyActionUpdate = latest;
  return {
    ...action,
    status: u.status ?? action.status,
    outcome: u.outcome ?? action.outcome,
    percentComplete: u.percentComplete ?? action.percentComplete,
    milestones: milestonesAt(action, u.percentComplete ?? action.percentComplete),
    lastUpdate: u.commentary,
    lastUpdatedAt: u.enteredAt,
    nextMilestone: u.nextMilestone,
  };
}
