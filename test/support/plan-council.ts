// The people and service a council enters before its plan, for the plan import tests: an admin
// (the performance officer who imports), a service head and a key-action owner, all invented.
// King's Lynn's file (test/fixtures/kings-lynn-plan.csv) names the two by email.
import { readFileSync } from 'node:fs';
import type { Person } from '../../src/domain/model/types.js';
import type { ListName, Store } from '../../src/domain/ports/store.js';
import { LIST_NAMES } from '../../src/domain/ports/store.js';

export const KL_FILE = new URL('../fixtures/kings-lynn-plan.csv', import.meta.url);
export const kingsLynnCsv = (): string => readFileSync(KL_FILE, 'utf8');

export const KL_ADMIN_ID = 'kl-admin';
export const KL_HEAD_ID = 'kl-head';
export const KL_OWNER_ID = 'kl-owner';
export const KL_SERVICE_ID = 'kl-env';

/** An invented officer in `directorateId`, with nobody to delegate to and not on leave. */
export function person(
  name: string,
  email: string,
  roles: Person['roles'],
  directorateId = 'kl-dir',
): Omit<Person, 'id'> {
  return {
    name,
    email,
    jobTitle: 'Officer',
    roles,
    delegateId: null,
    onLeaveUntil: null,
    directorateId,
  };
}

/** People, a directorate, a portfolio and Environmental Services: no plan items yet. */
export async function seedPlanCouncil(store: Store): Promise<void> {
  const ctx = { actorId: 'setup', channel: 'system' as const };
  await store.create(
    'directorates',
    { name: 'Environment and Planning', directorId: null },
    ctx,
    'kl-dir',
  );
  await store.create('portfolios', { name: 'Environment', holder: 'Cllr Imaginary' }, ctx, 'kl-pf');
  const people: [string, string, string, Person['roles']][] = [
    [KL_ADMIN_ID, 'Avery Plover', 'performance@kl.example', ['admin']],
    [KL_HEAD_ID, 'Morgan Teal', 'service.head@kl.example', ['officer']],
    [KL_OWNER_ID, 'Robin Quill', 'action.owner@kl.example', ['officer']],
  ];
  for (const [id, name, email, roles] of people)
    await store.create('people', person(name, email, roles), ctx, id);
  await store.create(
    'services',
    {
      name: 'Environmental Services',
      directorateId: 'kl-dir',
      portfolioId: 'kl-pf',
      headId: KL_HEAD_ID,
    },
    ctx,
    KL_SERVICE_ID,
  );
}

/** How many items each list holds and how many audit entries there are: "nothing changed". */
export async function storeState(
  store: Store,
): Promise<{ counts: Record<ListName, number>; audit: number; versions: string[] }> {
  const counts = {} as Record<ListName, number>;
  const versions: string[] = [];
  for (const list of LIST_NAMES) {
    const items = await store.query(list);
    counts[list] = items.length;
    versions.push(...items.map((i) => `${list}|${i.id}|${i.version}`));
  }
  const audit = (await store.audit({ top: 100_000 })).length;
  return { counts, audit, versions: versions.sort() };
}
