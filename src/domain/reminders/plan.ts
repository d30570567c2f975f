// The nudge plan for one London moment: every reminder due now for returns still `due` (reminders
// stop the moment a return is submitted), addressed after leave, held back by snoozes, with the
// exactly-once ledger key `${returnId}|${stage}|${day}`. Pure: the app layer reads and sends.
import type {
  Indicator,
  Instant,
  IsoDate,
  Person,
  ReminderPolicy,
  ReturnState,
} from '../model/types.js';
import { formatDate, londonDate, londonParts, type HolidayCalendar } from '../periods/index.js';
import { DEFAULT_QUIET_HOURS, quietReason, type QuietHours } from './quiet-hours.js';
import { recipientFor } from './recipients.js';
import {
  STAGE_AUDIENCE,
  effectivePolicy,
  inReminderWindow,
  stagesOnDay,
  type ReminderStage,
  type StageAudience,
} from './stages.js';

export interface PlanReturn {
  returnId: string;
  indicator: Indicator;
  periodLabel: string;
  dueDate: IsoDate;
  state: ReturnState;
}

export interface Snooze {
  personId: string;
  until: Instant;
}

export interface PlanInput {
  at: Instant;
  returns: readonly PlanReturn[];
  people: ReadonlyMap<string, Person>;
  snoozes: readonly Snooze[];
  councilPolicy: ReminderPolicy;
  quietHours?: QuietHours;
  calendar?: HolidayCalendar;
}

/** `after-snooze`: the reminder the person asked for with "remind me tomorrow". */
export type PlannedStage = ReminderStage | 'after-snooze';

export interface PlannedReminder {
  key: string;
  returnId: string;
  stage: PlannedStage;
  day: IsoDate;
  recipientId: string;
  reason: string;
}

export interface HeldReminder extends Omit<PlannedReminder, 'recipientId'> {
  recipientId: string | null;
  why: string;
}

export interface NudgePlan {
  day: IsoDate;
  /** Why nothing goes now (quiet hours), or null. */
  quiet: string | null;
  reminders: PlannedReminder[];
  /** Due today but held back: snoozed, or nobody to send to. */
  held: HeldReminder[];
}

export function ledgerKey(returnId: string, stage: string, day: IsoDate): string {
  return `${returnId}|${stage}|${day}`;
}

function describe(stage: ReminderStage, r: PlanReturn, n: number): string {
  const what = `${r.indicator.code} ${r.periodLabel}, due ${formatDate(r.dueDate)}`;
  if (stage === 'first') return `${what}: first reminder, ${n} working days before`;
  if (stage === 'day-before') return `${what}: 1 working day before`;
  if (stage === 'due-day') return `${what}: due today`;
  const late = `${-n} working day${n === -1 ? '' : 's'} overdue`;
  if (stage === 'overdue') return `${what}: ${late}`;
  if (stage === 'escalate-responsible')
    return `${what}: ${late}, escalated to the Responsible Officer`;
  return `${what}: ${late}, escalated to the escalation owner`;
}

function activeSnooze(snoozes: readonly Snooze[], personId: string, at: Instant): Snooze | null {
  return snoozes.find((s) => s.personId === personId && s.until > at) ?? null;
}

/** A snooze that ended today, before now: the person is owed the reminder they put off. */
function endedToday(snoozes: readonly Snooze[], personId: string, at: Instant, day: IsoDate) {
  return snoozes.some(
    (s) => s.personId === personId && s.until <= at && londonDate(s.until) === day,
  );
}

export function planNudges(input: PlanInput): NudgePlan {
  const { at, people, snoozes, calendar: cal } = input;
  const day = londonDate(at);
  const quiet = quietReason(at, input.quietHours ?? DEFAULT_QUIET_HOURS, cal);
  const reminders: PlannedReminder[] = [];
  const held: HeldReminder[] = [];
  for (const r of input.returns) {
    if (r.state !== 'due' || r.indicator.retired) continue;
    const policy = effectivePolicy(input.councilPolicy, r.indicator.reminderPolicy);
    const stages: Array<{ stage: PlannedStage; reason: string; audience: StageAudience }> =
      stagesOnDay(day, r.dueDate, policy, cal).map((s) => ({
        stage: s.stage,
        reason: describe(s.stage, r, s.workingDaysToDue),
        audience: STAGE_AUDIENCE[s.stage],
      }));
    const collector = r.indicator.collectorId;
    if (
      !stages.some((s) => s.audience === 'collector') &&
      endedToday(snoozes, collector, at, day) &&
      inReminderWindow(day, r.dueDate, policy, cal)
    ) {
      const reason = `${r.indicator.code} ${r.periodLabel}, due ${formatDate(r.dueDate)}: you asked to be reminded today`;
      stages.push({ stage: 'after-snooze', reason, audience: 'collector' });
    }
    for (const s of stages) {
      const key = ledgerKey(r.returnId, s.stage, day);
      const to = recipientFor(r.indicator, s.audience, people, day);
      const base = { key, returnId: r.returnId, stage: s.stage, day };
      if (!to) {
        held.push({ ...base, recipientId: null, reason: s.reason, why: 'nobody to send to' });
        continue;
      }
      const reason = to.via ? `${s.reason} (${to.via})` : s.reason;
      const snooze = activeSnooze(snoozes, to.personId, at);
      if (snooze) {
        const why = `snoozed until ${formatLondon(snooze.until)}`;
        held.push({ ...base, recipientId: to.personId, reason, why });
        continue;
      }
      reminders.push({ ...base, recipientId: to.personId, reason });
    }
  }
  return { day, quiet, reminders: quiet ? [] : reminders, held };
}

function formatLondon(at: Instant): string {
  const p = londonParts(at);
  const hh = String(p.hour).padStart(2, '0');
  const mm = String(p.minute).padStart(2, '0');
  return `${formatDate(p.date)} ${hh}:${mm}`;
}
