// The "Key points" of the key-action reports (highlight report, monitoring statement): each
// action's counted update for the report's period and for the quarter before, put to the rules in
// src/domain/narrative/key-action-narrative.ts. The previous quarter is the one before the quarter
// the period ends in, so a half-year statement to September compares with Q1.
import { keyActionNarrative, type NarrativeKeyAction } from '../../domain/narrative/index.js';
import type { KeyAction } from '../../domain/model/types.js';
import { periodContaining, previousPeriod, type Period } from '../../domain/periods/index.js';
import { progressOf } from './key-action-entries.js';
import type { ReportData } from './report-data.js';

function factsOf(data: ReportData, action: KeyAction, period: Period, before: Period) {
  const now = progressOf(data, action, period);
  const then = progressOf(data, action, before).counted;
  // Milestones are judged on the period's end, or today while the period still runs.
  const asOf = data.today < period.end ? data.today : period.end;
  return {
    code: action.code,
    title: action.title,
    status: now.counted ? (now.counted.update.status ?? 'not-started') : null,
    previousStatus: then ? (then.update.status ?? 'not-started') : null,
    missing: now.missing,
    overdueMilestones: action.milestones.filter((m) => !m.done && m.dueDate < asOf).length,
  } satisfies NarrativeKeyAction;
}

export function keyActionReportNarrative(
  data: ReportData,
  actions: readonly KeyAction[],
  noun: string,
  period: Period = data.selected,
): string[] {
  const before = previousPeriod(periodContaining(period.end, 'quarter'));
  return keyActionNarrative({
    actions: actions.map((a) => factsOf(data, a, period, before)),
    noun,
    periodLabel: period.label,
    previousLabel: before.label,
  });
}
