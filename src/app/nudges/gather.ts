// Reads what the policy needs for one cycle from the store: everything still due from someone
// (returns, key-action updates, spot checks, action-plan dates: sources/) with its due date,
// people, snoozes, the council's policy and quiet hours (settings key `quietHours`, optional).
import type { Person } from '../../domain/model/types.js';
import {
  DEFAULT_QUIET_HOURS,
  assertQuietHours,
  type PlanInput,
  type QuietHours,
} from '../../domain/reminders/index.js';
import type { Store } from '../../domain/ports/store.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { SOURCES } from './sources/index.js';
import type { DueSubject } from './sources/source.js';
import { loadSettings } from '../settings.js';

export interface CycleData {
  input: PlanInput;
  cat: Catalogue;
  /**
   * What each due subject's digest line needs (its entry, the version a card's buttons carry, the
   * tab page for kinds a card cannot answer), by subject: built once a cycle, since each of
   * thousands of digests looks up its few items here.
   */
  subjects: Map<string, DueSubject>;
}

async function quietHours(store: Store): Promise<QuietHours> {
  const [item] = await store.query('settings', { key: 'quietHours' });
  if (!item) return DEFAULT_QUIET_HOURS;
  return assertQuietHours({ ...DEFAULT_QUIET_HOURS, ...(item.fields.value as object) });
}

export async function gatherCycle(store: Store, at: string): Promise<CycleData> {
  const [cat, settings, snoozes, quiet] = await Promise.all([
    loadCatalogue(store),
    loadSettings(store),
    store.query('snoozes'),
    quietHours(store),
  ]);
  const due = (await Promise.all(SOURCES.map((s) => s.due({ store, cat, settings })))).flat();
  const subjects = new Map(due.map((d) => [d.entry.returnId, d]));
  return {
    cat,
    subjects,
    input: {
      at,
      returns: due.map((d) => d.entry),
      people: cat.people as Map<string, Person>,
      snoozes: snoozes.map((s) => s.fields),
      councilPolicy: settings.reminderPolicy,
      quietHours: quiet,
    },
  };
}
