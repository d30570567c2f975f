// Saving an indicator that import created without a service: the admin is asked for the service
// (by name of the field), and the placeholder flag stays until the service and officers are saved.
// Editing the written procedure makes a new version (issue #14), at the injected clock's time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';
import { importBenchmarksCsv } from '../benchmarks/index.js';
import {
  ADMIN_ID,
  HEADER,
  SERVICE_ID,
  smallCouncil,
} from '../../../test/support/import-fixtures.js';
import { importCsv } from '../import/index.js';
import { MAX_PROCEDURE_NOTE, createIndicator, updateIndicator } from './indicator-admin.js';

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

describe('written procedures with versions', () => {
  const PROCEDURE = {
    calculation: 'Audits completed in the year.',
    source: 'Housing system',
    evidenceLocation: 'Evidence library',
    verification: 'Compared with the monthly report.',
    url: null,
  };
  let at: Date;
  let id: string;
  beforeEach(async () => {
    at = new Date('2026-02-03T09:30:00Z');
    deps.clock = { now: () => at };
    await deps.store.create(
      'people',
      {
        name: 'Sam Other',
        email: 'sam.other@council.example',
        jobTitle: 'Housing Manager',
        roles: [],
        delegateId: null,
        onLeaveUntil: null,
        directorateId: null,
      },
      { actorId: 'setup', channel: 'system' },
      'person-other',
    );
    const created = await createIndicator(deps, admin, {
      code: 'HS01',
      title: 'Homes surveyed',
      definition: 'Homes surveyed in the period.',
      procedure: PROCEDURE,
      unit: 'count',
      decimals: 0,
      polarity: 'higher',
      frequency: 'quarterly',
      ytd: 'sum',
      scope: 'local',
      serviceId: SERVICE_ID,
      objectiveIds: [],
      collectorId: ADMIN_ID,
      responsibleId: ADMIN_ID,
      authoriserId: 'person-other',
      escalationOwnerId: ADMIN_ID,
      benchmarks: [],
      contextOnly: false,
      published: false,
    });
    id = created.id;
    expect(created.procedureVersion).toBe(1);
  });

  const versions = async () =>
    (await deps.store.query('procedureVersions', { indicatorId: id }))
      .map((v) => v.fields)
      .sort((a, b) => a.version - b.version);
  const current = async () => (await deps.store.get('indicators', id))!;

  it('makes no version when other fields change', async () => {
    const saved = await updateIndicator(deps, admin, id, (await current()).version, {
      title: 'Homes surveyed in the quarter',
      procedure: { ...PROCEDURE },
    });
    expect(saved.procedureVersion).toBe(1);
    expect(await versions()).toEqual([]);
  });

  it('keeps the first version and writes the new one, with the clock’s time and the note', async () => {
    const createdAt = (await current()).createdAt;
    at = new Date('2026-02-10T14:00:00Z');
    const saved = await updateIndicator(
      deps,
      admin,
      id,
      (await current()).version,
      { procedure: { ...PROCEDURE, source: 'New housing system' } },
      { procedureNote: '  The system was replaced  ' },
    );
    expect(saved.procedureVersion).toBe(2);
    expect(saved.procedure.source).toBe('New housing system');
    expect(await versions()).toEqual([
      {
        indicatorId: id,
        version: 1,
        procedure: PROCEDURE,
        editedAt: createdAt,
        editedBy: ADMIN_ID,
        note: 'The procedure as first written',
      },
      {
        indicatorId: id,
        version: 2,
        procedure: { ...PROCEDURE, source: 'New housing system' },
        editedAt: '2026-02-10T14:00:00.000Z',
        editedBy: ADMIN_ID,
        note: 'The system was replaced',
      },
    ]);
    at = new Date('2026-03-01T08:00:00Z');
    const again = await updateIndicator(deps, admin, id, saved.version, {
      procedure: { ...PROCEDURE, url: 'https://council.example/hs01' },
    });
    expect(again.procedureVersion).toBe(3);
    expect((await versions()).map((v) => [v.version, v.editedAt, v.note])).toEqual([
      [1, createdAt, 'The procedure as first written'],
      [2, '2026-02-10T14:00:00.000Z', 'The system was replaced'],
      [3, '2026-03-01T08:00:00.000Z', ''],
    ]);
    const audit = await deps.store.audit({ list: 'indicators', itemId: id });
    expect(audit.map((a) => a.note)).toContain(
      'Written procedure changed (version 2): The system was replaced',
    );
  });

  it('refuses an over-long note, writing nothing', async () => {
    const error = await updateIndicator(
      deps,
      admin,
      id,
      (await current()).version,
      { procedure: { ...PROCEDURE, source: 'Other' } },
      { procedureNote: 'x'.repeat(MAX_PROCEDURE_NOTE + 1) },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems[0]!.field).toBe('procedureNote');
    expect((await current()).fields.procedure).toEqual(PROCEDURE);
    expect(await versions()).toEqual([]);
  });

  it('takes a plausibility ratio greater than 1 and names the field otherwise', async () => {
    for (const bad of [1, 0, -2, Number.POSITIVE_INFINITY]) {
      const error = await updateIndicator(deps, admin, id, (await current()).version, {
        plausibilityRatio: bad,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems.map((p) => p.field)).toEqual([
        'plausibilityRatio',
      ]);
    }
    const saved = await updateIndicator(deps, admin, id, (await current()).version, {
      plausibilityRatio: 2.5,
    });
    expect(saved.plausibilityRatio).toBe(2.5);
    const cleared = await updateIndicator(deps, admin, id, saved.version, {
      plausibilityRatio: null,
    });
    expect(cleared.plausibilityRatio).toBeNull();
  });
  it('takes a comparator group that exists and an LG Inform metric, naming the field otherwise', async () => {
    await importBenchmarksCsv(
      deps,
      'code,period,group,value,source\nTA01,2024/25,England average,170,LG Inform',
      { actorId: ADMIN_ID },
    );
    const [group] = await deps.store.query('comparatorGroups');
    for (const [patch, field] of [
      [{ primaryGroupId: 'no-such-group' }, 'primaryGroupId'],
      [{ lgInformMetricId: 12.5 }, 'lgInformMetricId'],
      [{ lgInformMetricId: -1 }, 'lgInformMetricId'],
    ] as const) {
      const error = await updateIndicator(deps, admin, id, (await current()).version, patch).catch(
        (e: unknown) => e,
      );
      expect((error as ValidationError).problems.map((p) => p.field)).toEqual([field]);
    }
    const saved = await updateIndicator(deps, admin, id, (await current()).version, {
      primaryGroupId: group!.id,
      lgInformMetricId: 4282,
    });
    expect(saved).toMatchObject({ primaryGroupId: group!.id, lgInformMetricId: 4282 });
  });
});
