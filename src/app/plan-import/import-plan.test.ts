// The plan import use case on a real (in-memory) SQLite store: King's Lynn's plan from nothing,
// the same file again writing nothing, updates by code, and refused files that write nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError } from '../../domain/errors/errors.js';
import { seedDemoCouncil } from '../../demo/index.js';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';
import {
  KL_ADMIN_ID,
  KL_HEAD_ID,
  KL_OWNER_ID,
  KL_SERVICE_ID,
  kingsLynnCsv,
  seedPlanCouncil,
  storeState,
} from '../../../test/support/plan-council.js';
import { importPlanCsv } from './import-plan.js';
import { exportPlan, planRowsToCsv } from './export-plan.js';

let deps: AppDeps;
beforeEach(async () => {
  const store = openSqliteStore({ file: ':memory:' });
  await seedPlanCouncil(store);
  deps = { store, clock: { now: () => new Date('2025-11-15T10:00:00Z') } };
});
afterEach(async () => {
  await deps.store.close();
});

const as = { actorId: KL_ADMIN_ID };
const HEADER = 'level,code,title,parent,start,end,service,year,owner,objectives';

async function problemsOf(csv: string): Promise<string[]> {
  const e = await importPlanCsv(deps, csv, as).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).problems.map((p) => `${p.field}: ${p.message}`);
}

describe('importPlanCsv', () => {
  it('enters King’s Lynn’s plan into a store with no plan, then the same file changes nothing', async () => {
    const summary = await importPlanCsv(deps, kingsLynnCsv(), as);
    expect(summary).toMatchObject({
      rows: 29,
      plan: { created: 1, updated: 0 },
      priority: { created: 6, updated: 0 },
      objective: { created: 18, updated: 0 },
      'service-plan': { created: 1, updated: 0 },
      'key-action': { created: 3, updated: 0 },
    });
    const cat = await loadCatalogue(deps.store);
    const plan = cat.plans[0]!;
    expect(plan).toMatchObject({
      code: 'KL',
      firstYear: '2017/18',
      lastYear: '2019/20',
      current: true,
    });
    const p1 = cat.priorities.find((p) => p.code === 'KL-P1')!;
    expect(p1).toMatchObject({ planId: plan.id, order: 1 });
    expect(cat.priorities.find((p) => p.code === 'KL-P6')!.order).toBe(6);
    const o3 = cat.objectives.find((o) => o.code === 'KL-O3')!;
    expect(o3).toMatchObject({ priorityId: p1.id, order: 3 });
    const sp = cat.servicePlans[0]!;
    expect(sp).toMatchObject({ serviceId: KL_SERVICE_ID, year: '2017/18', ownerId: KL_HEAD_ID });
    const ka1 = cat.keyActions.find((a) => a.code === 'KL-KA1')!;
    const o7 = cat.objectives.find((o) => o.code === 'KL-O7')!;
    expect(ka1).toMatchObject({
      servicePlanId: sp.id,
      ownerId: KL_OWNER_ID,
      startDate: '2017-04-01',
      dueDate: '2018-03-31',
      objectiveIds: [o7.id, o3.id],
      businessAsUsual: false,
      corporateProject: true,
      status: 'not-started',
    });
    expect(cat.keyActions.find((a) => a.code === 'KL-KA3')).toMatchObject({
      startDate: null,
      objectiveIds: [],
      businessAsUsual: true,
    });
    const audit = await deps.store.audit({ list: 'keyActions' });
    expect(audit[0]).toMatchObject({
      actorId: KL_ADMIN_ID,
      channel: 'import',
      event: 'plan.import',
    });

    const before = await storeState(deps.store);
    const again = await importPlanCsv(deps, kingsLynnCsv(), as);
    expect(again.objective).toEqual({ created: 0, updated: 0 });
    expect(again['key-action']).toEqual({ created: 0, updated: 0 });
    expect(await storeState(deps.store)).toEqual(before);
  });

  it('updates an item by its code, only in what the file changes, and exports what it holds', async () => {
    await importPlanCsv(deps, kingsLynnCsv(), as);
    const edit = [
      'Level,CODE,Title,Parent,Owner,Objectives',
      'objective,kl-o7,Recycle more household waste,KL-P3,,',
      'key-action,KL-KA2,Add enforcement patrols in town-centre hotspots,KL-ENV-2017/18,service.head@kl.example,',
    ].join('\n');
    const summary = await importPlanCsv(deps, edit, as);
    expect(summary.objective).toEqual({ created: 0, updated: 1 });
    expect(summary['key-action']).toEqual({ created: 0, updated: 1 });
    const cat = await loadCatalogue(deps.store);
    expect(cat.objectives.find((o) => o.code === 'KL-O7')!.title).toBe(
      'Recycle more household waste',
    );
    // Columns absent from the file (the due date) are kept; a blank objectives cell is business as usual.
    expect(cat.keyActions.find((a) => a.code === 'KL-KA2')).toMatchObject({
      ownerId: KL_HEAD_ID,
      dueDate: '2017-12-31',
      objectiveIds: [],
      businessAsUsual: true,
    });

    const csv = planRowsToCsv(await exportPlan(deps));
    const before = await storeState(deps.store);
    await importPlanCsv(deps, csv, as);
    expect(await storeState(deps.store)).toEqual(before);
  });

  it('refuses the whole file, naming every problem by line, and writes nothing', async () => {
    const before = await storeState(deps.store);
    const bad = [
      HEADER,
      'plan,KL,Corporate Business Plan,,2017/18,2019/20,,,,',
      'priority,KL-P1,Services within our resources,KL-MISSING,,,,,,',
      'priority,KL-P1,A second first priority,KL,,,,,,',
      'objective,KL-O1,Channel shift,KL-P1,,,,,,',
      'service-plan,ENV,Environment plan,,,,Environmental Services,2017/18,,',
      'key-action,KA1,Garden waste,ENV,,31/03/2018,,,,KL-O1;KL-O99',
      'key-action,KA2,Street cleansing,ENV,,31/02/2018,,,nobody@kl.example,',
      'service-plan,ENV2,Another plan,,,,Parks,2017/18,,',
    ].join('\n');
    expect(await problemsOf(bad)).toEqual([
      'line 3 parent: no plan with the code "KL-MISSING" in the file or the store',
      'line 4 code: "KL-P1" is already used on line 3',
      'line 7 owner: is required for a key action (a person’s email or id)',
      'line 7 objectives: no objective with the code "KL-O99" in the file or the store',
      expect.stringMatching(/^line 8 end: "31\/02\/2018" is not a real calendar date/),
      'line 8 owner: "nobody@kl.example" is not a person\'s email or id in the store',
      'line 9 service: "Parks" is not a service in the store',
    ]);
    expect(await storeState(deps.store)).toEqual(before);
  });

  it('uses the set-up’s own rules: one service plan per service per year, years in order', async () => {
    const csv = [
      HEADER,
      'plan,KL,Corporate Business Plan,,2019/20,2017/18,,,,',
      'service-plan,ENV-A,Environment plan,,,,Environmental Services,2017/18,,',
      'service-plan,ENV-B,Environment plan again,,,,kl-env,2017/18,,',
    ].join('\n');
    const problems = await problemsOf(csv);
    expect(problems[0]).toBe('line 2 end: must not be before the first year (2019/20)');
    expect(problems).toContain(
      'line 4 year: Environmental Services already has a service plan for 2017/18 (ENV-A)',
    );
  });

  it('is the performance team’s: an officer may not import a plan', async () => {
    await expect(importPlanCsv(deps, kingsLynnCsv(), { actorId: KL_OWNER_ID })).rejects.toThrow(
      ForbiddenError,
    );
  });

  it('exports the demo council’s plans, and the export imports back changing nothing', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    try {
      await seedDemoCouncil(store, { today: '2025-11-20' });
      const demo = { store, clock: { now: () => new Date('2025-11-20T10:00:00Z') } };
      const rows = await exportPlan(demo);
      const count = async (list: 'plans' | 'keyActions') => (await store.query(list)).length;
      expect(rows.filter((r) => r.level === 'plan')).toHaveLength(await count('plans'));
      expect(rows.filter((r) => r.level === 'key-action')).toHaveLength(await count('keyActions'));
      const admin = (await store.query('people')).find((p) => p.fields.roles.includes('admin'))!;
      const before = await storeState(store);
      const summary = await importPlanCsv(demo, planRowsToCsv(rows), { actorId: admin.id });
      expect(summary['key-action']).toEqual({ created: 0, updated: 0 });
      expect(await storeState(store)).toEqual(before);
    } finally {
      await store.close();
    }
  });
});
