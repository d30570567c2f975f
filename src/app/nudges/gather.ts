// Reads what the policy needs for one cycle from the store: open returns with their due dates,
// people, snoozes, the council's policy and quiet hours (settings key `quietHours`, optional) —
// and the key-action updates still due, planned alongside the returns (key-action-reminders.ts).
import type { Person } from '../../domain/model/types.js';
import { parsePeriod } from '../../domain/periods/index.js';
import {
  DEFAULT_QUIET_HOURS,
  assertQuietHours,
  type PlanInput,
  type PlanReturn,
  type QuietHours,
} from '../../domain/reminders/index.js';
import type { Store } from '../../domain/ports/store.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { periodAndDue, periodFacts } from '../returns/period-context.js';
import { keyActionSubject, reminderIndicator } from './key-action-reminders.js';
import { loadSettings } from '../settings.js';

export interface CycleData {
  input: PlanInput;
  cat: Catalogue;
  /** Return (and key-action update) versions at read time, by subject, for the cards' buttons. */
  versions: Map<string, string>;
}

async function quietHours(store: Store): Promise<QuietHours> {
  const [item] = await store.query('settings', { key: 'quietHours' });
  if (!item) return DEFAULT_QUIET_HOURS;
  return assertQuietHours({ ...DEFAULT_QUIET_HOURS, ...(item.fields.value as object) });
}

export async function gatherCycle(store: Store, at: string): Promise<CycleData> {
  const [cat, settings, due, dueUpdates, snoozes, quiet] = await Promise.all([
    loadCatalogue(store),
    loadSettings(store),
    store.query('returns', { state: 'due' }),
    store.query('keyActionUpdates', { state: 'due' }),
    store.query('snoozes'),
    quietHours(store),
  ]);
  const returns: PlanReturn[] = [];
  const versions = new Map<string, string>();
  for (const item of due) {
    const indicator = cat.indicators.get(item.fields.indicatorId);
    // Officers that import filled in with the importer are placeholders: nobody is chased in
    // their name until an admin assigns the service and officers (which clears the flag).
    if (!indicator || indicator.needsOwners) continue;
    const facts = periodFacts(cat, settings, indicator.id, item.fields.periodKey);
    returns.push({
      returnId: item.id,
      indicator,
      periodLabel: parsePeriod(item.fields.periodKey).label,
      dueDate: facts.dueDate,
      state: item.fields.state,
    });
    versions.set(item.id, item.version);
  }
  const actions = new Map(cat.keyActions.map((a) => [a.id, a]));
  const plans = new Map(cat.servicePlans.map((p) => [p.id, p]));
  for (const item of dueUpdates) {
    const action = actions.get(item.fields.keyActionId);
    const plan = action && plans.get(action.servicePlanId);
    if (!action || !plan || action.retired || plan.retired) continue;
    const { period, dueDate } = periodAndDue(cat, settings, item.fields.periodKey);
    const subject = keyActionSubject(item.id);
    returns.push({
      returnId: subject,
      indicator: reminderIndicator(cat, action, plan),
      periodLabel: period.label,
      dueDate,
      state: 'due',
    });
    versions.set(subject, item.version);
  }
  return {
    cat,
    versions,
    input: {
      at,
      returns,
      people: cat.people as Map<string, Person>,
      snoozes: snoozes.map((s) => s.fields),
      councilPolicy: settings.reminderPolicy,
      quietHours: quiet,
    },
  };
}
