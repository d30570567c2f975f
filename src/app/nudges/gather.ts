// Reads what the policy needs for one cycle from the store: everything still due from someone
// (returns, key-action updates, spot checks, action-plan dates: sources/) with its due date,
// people, snoozes, the council's policy and quiet hours (settings key `quietHours`, optional).
import type { Person } from '../../domain/model/types.js';
import {
  DEFAULT_QUIET_HOURS,
  assertQuietHours,
  type PlanInput,
  type PlanReturn,
  type QuietHours,
} from '../../domain/reminders/index.js';
import type { Store } from '../../domain/ports/store.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { SOURCES } from './sources/index.js';
import { loadSettings } from '../settings.js';

export interface CycleData {
  input: PlanInput;
  cat: Catalogue;
  /**
   * input.returns by subject, built once a cycle: each of thousands of digests looks up its few
   * items here (a map per digest made a cycle's garbage grow with officers × returns).
   */
  byId: Map<string, PlanReturn>;
  /** Versions at read time, by subject, for the cards' buttons. */
  versions: Map<string, string>;
  /** The tab page that answers a subject a card cannot (spot checks, action plans), by subject. */
  pages: Map<string, string>;
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
  const returns: PlanReturn[] = [];
  const byId = new Map<string, PlanReturn>();
  const versions = new Map<string, string>();
  const pages = new Map<string, string>();
  for (const d of due) {
    returns.push(d.entry);
    byId.set(d.entry.returnId, d.entry);
    versions.set(d.entry.returnId, d.version);
    if (d.page) pages.set(d.entry.returnId, d.page);
  }
  return {
    cat,
    byId,
    versions,
    pages,
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
