// Turns a key action and its update history into the text a report prints for one period: the
// update counted for that period (key-action-progress), its status in words, % complete, rating,
// commentary, revised due date and next milestone — or why there is none.
import { ACTION_STATUS_LABELS } from '../../domain/key-actions/index.js';
import { serviceOf } from '../../domain/model/service-of.js';
import type { ActionStatus, KeyAction, RatingState } from '../../domain/model/types.js';
import { formatDate, type Period } from '../../domain/periods/index.js';
import { keyActionRating, RATING_LABELS } from '../../domain/ratings/index.js';
import { progressAt, type DatedUpdate, type ProgressAt } from './key-action-progress.js';
import type { ReportData } from './report-data.js';
import type { KeyActionEntry, MilestoneEntry, ProjectEntry, RatingText } from './types.js';

/** Statuses in the order the monitoring statement groups them. */
export const STATUS_ORDER: readonly ActionStatus[] = [
  'complete',
  'on-track',
  'some-risk',
  'unlikely',
  'not-started',
];

const AT_RISK: readonly ActionStatus[] = ['some-risk', 'unlikely'];

const PERIOD_WORD: Record<Period['kind'], string> = {
  month: 'month',
  quarter: 'quarter',
  half: 'half-year',
  year: 'year',
};

export const noUpdateText = (period: Period) => `No update for this ${PERIOD_WORD[period.kind]}`;

const NO_UPDATE: RatingText = { state: 'missing', label: 'No update' };
const NOT_DUE: RatingText = { state: 'not-due', label: 'Not due' };

export function statusText(status: ActionStatus): string {
  return ACTION_STATUS_LABELS[status];
}

function ratingOf(u: DatedUpdate): RatingText {
  const level = keyActionRating(
    u.update.status ?? 'not-started',
    u.update.outcome ?? 'as-expected',
  );
  return { state: level as RatingState, label: RATING_LABELS[level] };
}

function summaryOf(u: DatedUpdate): string {
  const pct = u.update.percentComplete === null ? '' : `, ${u.update.percentComplete}%`;
  return `${u.period.label}: ${statusText(u.update.status ?? 'not-started')}${pct}`;
}

function noteOf(progress: ProgressAt, period: Period): string {
  const last = progress.previous ? ` Last update (${summaryOf(progress.previous)}).` : '';
  switch (progress.missing) {
    case 'not-submitted':
      return `The owner has not submitted an update for ${period.label}.${last}`;
    case 'not-checked':
      return `An update for ${period.label} is waiting for the service head's check.${last}`;
    case 'not-due':
      return `No update is due for ${period.label} on this action's timetable.${last}`;
    default:
      return '';
  }
}

export function serviceNameOf(data: ReportData, action: KeyAction): string {
  const plan = data.cat.servicePlans.find((sp) => sp.id === action.servicePlanId);
  return (plan && serviceOf(data.cat.services, plan.serviceId)?.name) || '';
}

export function progressOf(data: ReportData, action: KeyAction, period: Period): ProgressAt {
  return progressAt(action, data.keyActionUpdates.get(action.id) ?? [], period, data.settings);
}

/** The action's progress for `period` (the report's own period unless told otherwise). */
export function keyActionEntry(
  data: ReportData,
  action: KeyAction,
  period: Period = data.selected,
): KeyActionEntry {
  const progress = progressOf(data, action, period);
  const counted = progress.counted;
  const u = counted?.update;
  const revised = u?.revisedDueDate ?? null;
  return {
    id: action.id,
    code: action.code,
    title: action.title,
    owner: data.cat.people.get(action.ownerId)?.name ?? 'Not recorded',
    service: serviceNameOf(data, action),
    dueDate: formatDate(action.dueDate),
    revisedDueDate: revised ? formatDate(revised) : '',
    revisedDueReason: revised ? (u?.revisedDueReason ?? '') : '',
    status: u?.status
      ? statusText(u.status)
      : progress.missing === 'not-due'
        ? `No update due this ${PERIOD_WORD[period.kind]}`
        : noUpdateText(period),
    statusKey: u?.status ?? null,
    percentComplete: u?.percentComplete ?? null,
    percentText: u?.percentComplete === null || !u ? '–' : `${u.percentComplete}%`,
    rating: counted ? ratingOf(counted) : progress.missing === 'not-due' ? NOT_DUE : NO_UPDATE,
    commentary: u?.commentary ?? '',
    nextMilestone: u?.nextMilestone ?? '',
    // A half year's Q2 update is its own; a Q1 update in the half-year statement is dated.
    asAt: counted && counted.period.end !== period.end ? counted.period.label : '',
    note: noteOf(progress, period),
  };
}

/** Done, due or overdue on `asOf` (the period's end, or today while the period runs). */
function milestoneEntries(action: KeyAction, asOf: string): MilestoneEntry[] {
  return [...action.milestones]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((m) => ({
      title: m.title,
      dueDate: formatDate(m.dueDate),
      state: m.done ? 'Done' : m.dueDate < asOf ? 'Overdue' : 'Due',
    }));
}

/** A corporate project for the Programme Board: its progress, milestones and issues. */
export function projectEntry(data: ReportData, action: KeyAction): ProjectEntry {
  const period = data.selected;
  const progress = progressOf(data, action, period);
  const asOf = data.today < period.end ? data.today : period.end;
  const issues = progress.history
    .filter((h) => h.period.year === period.year && AT_RISK.includes(h.update.status!))
    .map((h) => ({
      periodLabel: h.period.label,
      status: statusText(h.update.status!),
      commentary: h.update.commentary || 'No commentary given.',
    }));
  const entry = keyActionEntry(data, action, period);
  const milestones = milestoneEntries(action, asOf);
  const next = milestones.find((m) => m.state !== 'Done');
  return {
    ...entry,
    description: action.description,
    startDate: action.startDate ? formatDate(action.startDate) : '',
    milestones,
    issues,
    nextSteps:
      entry.nextMilestone ||
      (next ? `${next.title} (milestone due ${next.dueDate})` : 'None recorded'),
  };
}

/** The key-action rating rule, printed beside key-action ratings. */
export function keyActionRatingRule(data: ReportData): string {
  const counted = data.settings.keyActionUpdatesNeedCheck
    ? 'once the service head has checked it'
    : 'once its owner has submitted it';
  return (
    "Key actions are rated from their owner's progress update for the period, following the " +
    'Derbyshire framework: Strong is on track or complete with outcomes exceeding expectations; ' +
    'Good is on track or complete with outcomes as expected; Review is some risk to timetable or ' +
    `outcomes; Action is unlikely to achieve. An update counts ${counted}.`
  );
}
