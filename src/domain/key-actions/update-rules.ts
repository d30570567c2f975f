// What an owner's progress update must hold, and how an accepted update is written onto its key
// action (the action keeps its latest accepted update, so views need not read the history).
import { ValidationError, type FieldProblem } from '../errors/errors.js';
import type {
  ActionOutcome,
  ActionStatus,
  Instant,
  IsoDate,
  KeyAction,
  KeyActionUpdate,
} from '../model/types.js';
import { formatDate, isValidIsoDate } from '../periods/index.js';
import { MAX_COMMENTARY, MAX_URL } from '../values/limits.js';

export const ACTION_STATUSES: readonly ActionStatus[] = [
  'not-started',
  'on-track',
  'some-risk',
  'unlikely',
  'complete',
];
export const ACTION_OUTCOMES: readonly ActionOutcome[] = ['exceeding', 'as-expected', 'below'];

/** The words a person sees for each status (Derbyshire's key-action column). */
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'some-risk': 'Some risk to timetable or outcomes',
  unlikely: 'Unlikely to achieve',
  complete: 'Complete',
};
export const ACTION_OUTCOME_LABELS: Readonly<Record<ActionOutcome, string>> = {
  exceeding: 'Exceeding expectations',
  'as-expected': 'As expected',
  below: 'Below expectations',
};

export const MAX_UPDATE_TEXT = MAX_COMMENTARY;
export const MAX_MILESTONE_TEXT = 500;

/** What the owner (or their delegate) gives; text is untrusted and checked here. */
export interface UpdateEntry {
  status: ActionStatus;
  outcome: ActionOutcome;
  percentComplete: number;
  commentary: string;
  evidenceUrl: string | null;
  revisedDueDate: IsoDate | null;
  revisedDueReason: string | null;
  nextMilestone: string;
}

function webAddressProblem(url: string): string | null {
  if (url.length > MAX_URL) return `must be at most ${MAX_URL} characters`;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return null;
  } catch {
    // fall through: not a URL at all
  }
  return 'must be a web address starting https:// or http://';
}

/**
 * Every problem with an entry, each naming its field, so a form can show them all at once.
 * `startDate` is the action's, so a revised due date before the work began is refused.
 */
export function updateProblems(entry: UpdateEntry, startDate: IsoDate | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!ACTION_STATUSES.includes(entry.status))
    add('status', `must be one of ${ACTION_STATUSES.join(', ')}`);
  if (!ACTION_OUTCOMES.includes(entry.outcome))
    add('outcome', `must be one of ${ACTION_OUTCOMES.join(', ')}`);
  const pc = entry.percentComplete;
  if (!Number.isInteger(pc) || pc < 0 || pc > 100)
    add('percentComplete', 'must be a whole number from 0 to 100');
  else if (entry.status === 'complete' && pc !== 100)
    add('percentComplete', 'must be 100 when the action is complete');
  if (entry.commentary.length > MAX_UPDATE_TEXT)
    add('commentary', `must be at most ${MAX_UPDATE_TEXT} characters`);
  // A risk is only useful to the service head with the why: as for a figure not available.
  if ((entry.status === 'some-risk' || entry.status === 'unlikely') && !entry.commentary.trim())
    add('commentary', 'say what the risk is');
  if (entry.evidenceUrl) {
    const problem = webAddressProblem(entry.evidenceUrl);
    if (problem) add('evidenceUrl', problem);
  }
  if (entry.revisedDueDate !== null) {
    if (!isValidIsoDate(entry.revisedDueDate)) add('revisedDueDate', 'must be a date');
    else if (startDate && entry.revisedDueDate < startDate)
      add('revisedDueDate', `must not be before the start date (${formatDate(startDate)})`);
    if (!entry.revisedDueReason?.trim())
      add('revisedDueReason', 'give a reason for the new due date');
    else if (entry.revisedDueReason.length > MAX_UPDATE_TEXT)
      add('revisedDueReason', `must be at most ${MAX_UPDATE_TEXT} characters`);
  }
  if (entry.nextMilestone.length > MAX_MILESTONE_TEXT)
    add('nextMilestone', `must be at most ${MAX_MILESTONE_TEXT} characters`);
  return problems;
}

export function assertUpdateEntry(entry: UpdateEntry, startDate: IsoDate | null): void {
  const problems = updateProblems(entry, startDate);
  if (problems.length) throw new ValidationError(problems);
}

/** The entry, tidied, as the update's fields once entered. */
export function enteredFields(
  entry: UpdateEntry,
  by: string,
  at: Instant,
): Pick<
  KeyActionUpdate,
  | 'status'
  | 'outcome'
  | 'percentComplete'
  | 'commentary'
  | 'evidenceUrl'
  | 'revisedDueDate'
  | 'revisedDueReason'
  | 'nextMilestone'
  | 'enteredBy'
  | 'enteredAt'
> {
  const revised = entry.revisedDueDate;
  return {
    status: entry.status,
    outcome: entry.outcome,
    percentComplete: entry.percentComplete,
    commentary: entry.commentary.trim(),
    evidenceUrl: entry.evidenceUrl?.trim() || null,
    revisedDueDate: revised,
    revisedDueReason: revised ? (entry.revisedDueReason ?? '').trim() : null,
    nextMilestone: entry.nextMilestone.trim(),
    enteredBy: by,
    enteredAt: at,
  };
}

export type ActionProgress = Pick<
  KeyAction,
  | 'status'
  | 'outcome'
  | 'percentComplete'
  | 'lastUpdate'
  | 'lastUpdatedAt'
  | 'evidenceUrl'
  | 'revisedDueDate'
  | 'revisedDueReason'
  | 'nextMilestone'
>;

/**
 * The action's progress once an update is accepted (final, or checked). An update that gives no
 * revised due date leaves an earlier revision standing: the date moved once stays moved.
 * `acceptedAt` is when it counted (entered, or checked), which dates the action's last update.
 */
export function progressFrom(
  action: Pick<KeyAction, 'revisedDueDate' | 'revisedDueReason' | 'evidenceUrl'>,
  update: KeyActionUpdate,
  acceptedAt: Instant,
): ActionProgress {
  if (!update.status || update.percentComplete === null)
    throw new ValidationError('the update has not been entered', 'state');
  return {
    status: update.status,
    outcome: update.outcome ?? 'as-expected',
    percentComplete: update.percentComplete,
    lastUpdate: update.commentary,
    lastUpdatedAt: acceptedAt,
    evidenceUrl: update.evidenceUrl ?? action.evidenceUrl,
    revisedDueDate: update.revisedDueDate ?? action.revisedDueDate,
    revisedDueReason: update.revisedDueDate ? update.revisedDueReason : action.revisedDueReason,
    nextMilestone: update.nextMilestone,
  };
}
