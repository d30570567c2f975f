// Reminders wait for an imported indicator's owners: while its officers are the importer standing
// in (needsOwners), the cycle gathers none of its returns; once an admin assigns a service and a
// Collection Officer, its due returns are gathered like any other.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Person } from '../../domain/model/types.js';
import { updateIndicator } from '../admin/index.js';
import type { AppDeps } from '../deps.js';
import {
  ADMIN_ID,
  HEADER,
  SERVICE_ID,
  smallCouncil,
} from '../../../test/support/import-fixtures.js';
import { importCsv } from '../import/index.js';
import { openDueReturns } from '../returns/open-returns.js';
import { gatherCycle } from './gather.js';

const OFFICER_ID = 'person-officer';
let deps: AppDeps;
let admin: Person;

beforeEach(async () => {
  deps = await smallCouncil();
  const ctx = { actorId: 'setup', channel: 'system' as const };
  await deps.store.create(
    'people',
    {
      name: 'Sam Collector',
      email: 'sam.collector@council.example',
      jobTitle: 'Housing Officer',
      roles: ['officer'],
      delegateId: null,
      onLeaveUntil: null,
      directorateId: null,
    },
    ctx,
    OFFICER_ID,
  );
  admin = { ...(await deps.store.get('people', ADMIN_ID))!.fields, id: ADMIN_ID };
  // Last year's figure from the council's spreadsheet; the quarters since are due (the fixture's
  // clock is fixed, so which ones is the same whenever the test runs).
  await importCsv(
    deps,
    `${HEADER}\nTA01,Tenancy audits completed,higher,count,quarterly,2024/25 Q4,150,162`,
    {
      actorId: ADMIN_ID,
    },
  );
  expect(await openDueReturns(deps)).toBeGreaterThan(0);
});
afterEach(async () => {
  await deps.store.close();
});

const gathered = async () =>
  (await gatherCycle(deps.store, deps.clock.now().toISOString())).input.returns;

it('gathers no return of an imported indicator until an admin assigns its collector', async () => {
  expect(await gathered()).toEqual([]);

  const [item] = await deps.store.query('indicators', { code: 'TA01' });
  const saved = await updateIndicator(deps, admin, item!.id, item!.version, {
    serviceId: SERVICE_ID,
    collectorId: OFFICER_ID,
    definition: 'Tenancy audits completed in the quarter.',
  });
  expect(saved.needsOwners).toBe(false);

  const due = await gathered();
  expect(due.length).toBeGreaterThan(0);
  expect(due.every((r) => r.indicator.code === 'TA01' && r.state === 'due')).toBe(true);
  expect(due[0]!.indicator.collectorId).toBe(OFFICER_ID);
});
