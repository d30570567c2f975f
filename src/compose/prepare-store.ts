// What every host does to the store before it serves anything — the server at start and each
// `golden-thread` command: seed the demo council into an empty store when GT_SEED_DEMO allows it,
// then open the returns of periods that have ended. One function, so `npm start` and
// `npx golden-thread report …` on a fresh clone see the same council.
import type { Clock } from '../app/deps.js';
import { openDueKeyActionUpdates } from '../app/key-action-updates/open-updates.js';
import { openDueReturns } from '../app/returns/open-returns.js';
import { DEMO_SETTINGS, seedDemoCouncil } from '../demo/index.js';
import type { IsoDate } from '../domain/model/types.js';
import { londonDate } from '../domain/periods/index.js';
import type { ListName, Store } from '../domain/ports/store.js';

export interface SeededDemo {
  council: string;
  /** The day the demo was built for ("this year to date" is relative to it). */
  today: IsoDate;
  summary: Record<ListName, number>;
}

export interface PreparedStore {
  /** The demo council, when it was seeded just now; null otherwise. */
  seeded: SeededDemo | null;
  /** Returns that came into being because their period has ended. */
  opened: number;
  /** Still empty afterwards (GT_SEED_DEMO=false): there is nothing to report on. */
  empty: boolean;
}

/**
 * Empty means neither people nor indicators. A council that has only imported its indicators
 * (import needs no people) is not empty, so the demo is never seeded on top of its data.
 */
export async function isStoreEmpty(store: Store): Promise<boolean> {
  const [people, indicators] = await Promise.all([
    store.query('people', {}, { top: 1 }),
    store.query('indicators', {}, { top: 1 }),
  ]);
  return people.length === 0 && indicators.length === 0;
}

export async function prepareStore(
  store: Store,
  options: { seedDemo: boolean },
  clock: Clock,
): Promise<PreparedStore> {
  let seeded: SeededDemo | null = null;
  let empty = await isStoreEmpty(store);
  if (empty && options.seedDemo) {
    const today = londonDate(clock.now());
    const summary = await seedDemoCouncil(store, { today });
    seeded = { council: DEMO_SETTINGS.councilName, today, summary };
    empty = false;
  }
  const opened = await openDueReturns({ store, clock });
  await openDueKeyActionUpdates({ store, clock });
  return { seeded, opened, empty };
}
