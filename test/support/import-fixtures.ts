// A small council in an in-memory store for the import and export tests.
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import type { ListName, Store } from '../../src/domain/ports/store.js';
import { LIST_NAMES } from '../../src/domain/ports/store.js';
import type { AppDeps } from '../../src/app/deps.js';

export const ADMIN_ID = 'person-admin';
export const SERVICE_ID = 'service-waste';

export async function smallCouncil(): Promise<AppDeps> {
  const store = openSqliteStore({ file: ':memory:' });
  const ctx = { actorId: 'setup', channel: 'system' as const };
  await store.create(
    'people',
    {
      name: 'Pat Example',
      email: 'pat.example@council.example',
      jobTitle: 'Performance Officer',
      roles: ['admin'],
      delegateId: null,
      onLeaveUntil: null,
      directorateId: null,
    },
    ctx,
    ADMIN_ID,
  );
  await store.create('directorates', { name: 'Place', directorId: null }, ctx, 'dir-place');
  await store.create(
    'portfolios',
    { name: 'Environment', holder: 'Cllr A. Sample' },
    ctx,
    'pf-env',
  );
  await store.create(
    'services',
    {
      name: 'Waste and Recycling',
      directorateId: 'dir-place',
      portfolioId: 'pf-env',
      headId: ADMIN_ID,
    },
    ctx,
    SERVICE_ID,
  );
  return { store, clock: { now: () => new Date('2025-11-15T10:00:00Z') } };
}

/** How many items each list holds, to show a refused import wrote nothing. */
export async function listCounts(store: Store): Promise<Record<ListName, number>> {
  const counts = {} as Record<ListName, number>;
  for (const list of LIST_NAMES) counts[list] = (await store.query(list)).length;
  return counts;
}

export const HEADER = 'code,title,polarity,unit,frequency,period,target,actual';
