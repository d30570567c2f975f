// The annual refresh on a real SQLite store with the demo council: the preview lists exactly the
// unfinished actions, confirming copies them into next year (not started, due dates kept, pointing
// back) and leaves the old year as it was; a stale preview or an existing next year is refused.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS, seedDemoCouncil } from '../../demo/index.js';
import { ConflictError, ForbiddenError } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import { financialYearOf } from '../../domain/periods/index.js';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { previewNextServicePlan, startNextServicePlan } from './index.js';

const TODAY = '2026-02-10';
let deps: AppDeps;

async function person(id: string): Promise<Person> {
  return { ...(await deps.store.get('people', id))!.fields, id };
}

beforeEach(async () => {
  const store = openSqliteStore({ file: ':memory:' });
  await seedDemoCouncil(store, { today: TODAY });
  deps = { store, clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } };
});
afterEach(async () => {
  await deps.store.close();
});

it('carries the unfinished actions into next year, with the owner’s confirmation', async () => {
  const cat = await loadCatalogue(deps.store);
  const year = financialYearOf(TODAY);
  // A plan this year with both finished and unfinished work, found in the data.
  const plan = cat.servicePlans.find((sp) => {
    const actions = cat.keyActions.filter((a) => a.servicePlanId === sp.id);
    return (
      sp.year === year &&
      actions.some((a) => a.status === 'complete') &&
      actions.some((a) => a.status !== 'complete')
    );
  })!;
  const owner = await person(plan.ownerId);
  const unfinished = cat.keyActions.filter(
    (a) => a.servicePlanId === plan.id && a.status !== 'complete' && !a.retired,
  );
  const before = await deps.store.query('keyActions', { servicePlanId: plan.id });

  const preview = await previewNextServicePlan(deps, owner, plan.id);
  expect(preview.existing).toBeNull();
  expect(preview.carried.map((c) => c.id).sort()).toEqual(unfinished.map((a) => a.id).sort());
  expect(preview.leftBehind).toBe(before.length - unfinished.length);

  const stranger = await person(DEMO_PEOPLE_IDS.collectionOfficer);
  await expect(
    startNextServicePlan(deps, stranger, plan.id, preview.servicePlan.version),
  ).rejects.toBeInstanceOf(ForbiddenError);

  const started = await startNextServicePlan(deps, owner, plan.id, preview.servicePlan.version);
  expect(started.servicePlan).toMatchObject({
    year: preview.nextYear,
    code: preview.nextCode,
    serviceId: plan.serviceId,
    copiedFromId: plan.id,
  });
  const copies = await deps.store.query('keyActions', { servicePlanId: started.servicePlan.id });
  expect(copies).toHaveLength(unfinished.length);
  for (const copy of copies) {
    const from = unfinished.find((a) => a.id === copy.fields.copiedFromId)!;
    expect(copy.fields).toMatchObject({
      title: from.title,
      dueDate: from.dueDate,
      ownerId: from.ownerId,
      status: 'not-started',
      percentComplete: 0,
      lastUpdatedAt: null,
    });
    expect(preview.carried.find((c) => c.id === from.id)!.newCode).toBe(copy.fields.code);
  }
  // The old year is untouched: same items, same versions.
  const after = await deps.store.query('keyActions', { servicePlanId: plan.id });
  expect(after.map((a) => [a.id, a.version])).toEqual(before.map((a) => [a.id, a.version]));

  // Once started, next year exists: a second confirmation is refused.
  await expect(
    startNextServicePlan(deps, owner, plan.id, preview.servicePlan.version),
  ).rejects.toBeInstanceOf(ConflictError);
});

it('refuses a stale preview, and a year whose successor already exists', async () => {
  const cat = await loadCatalogue(deps.store);
  const admin = await person(DEMO_PEOPLE_IDS.admin);
  const year = financialYearOf(TODAY);
  const current = cat.servicePlans.find((sp) => sp.year === year)!;
  await expect(startNextServicePlan(deps, admin, current.id, 'stale')).rejects.toBeInstanceOf(
    ConflictError,
  );
  // Last year's plan of the same service already has this year's as its successor.
  const last = cat.servicePlans.find(
    (sp) => sp.serviceId === current.serviceId && sp.year < year && sp.year >= '2000',
  )!;
  const preview = await previewNextServicePlan(deps, admin, last.id);
  expect(preview.existing).not.toBeNull();
  const item = (await deps.store.get('servicePlans', last.id))!;
  await expect(startNextServicePlan(deps, admin, last.id, item.version)).rejects.toBeInstanceOf(
    ConflictError,
  );
});
