// Saving an indicator that import created without a service: the admin is asked for the service
// (by name of the field), and the placeholder flag stays until the service and officers are saved.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ValidationError } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';
import { ADMIN_ID, HEADER, smallCouncil } from '../import/import-fixtures.js';
import { importCsv } from '../import/index.js';
import { updateIndicator } from './indicator-admin.js';

let deps: AppDeps;
let admin: Person;
beforeEach(async () => {
  deps = await smallCouncil();
  admin = { ...(await deps.store.get('people', ADMIN_ID))!.fields, id: ADMIN_ID };
  await importCsv(deps, `${HEADER}\nTA01,Tenancy audits,higher,count,annual,2024/25,150,162`, {
    actorId: ADMIN_ID,
  });
});
afterEach(async () => {
  await deps.store.close();
});

it('asks for the service of an imported indicator, and keeps it waiting for its owners', async () => {
  const [item] = await deps.store.query('indicators', { code: 'TA01' });
  const error = await updateIndicator(deps, admin, item!.id, item!.version, {
    title: 'Tenancy audits completed',
    definition: 'Audits completed in the year.',
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).problems).toContainEqual({
    field: 'serviceId',
    message: 'is required: choose the service the indicator belongs to',
  });
  expect((await deps.store.get('indicators', item!.id))!.fields.needsOwners).toBe(true);
});
