// The plan set-up use cases on a real SQLite store holding the demo council (built for a fixed
// day): every field problem named at once, one current plan, earlier plans refused for edits,
// reordering all or nothing, service heads limited to their own plans, the refresh setting saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS, seedDemoCouncil } from '../../demo/index.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import * as plans from './index.js';

const TODAY = '2025-11-20';
let deps: AppDeps;
let admin: Person;

async function person(id: string): Promise<Person> {
  return { ...(await deps.store.get('people', id))!.fields, id };
}

async function problemFields(work: Promise<unknown>): Promise<string[]> {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems.map((p) => p.field).sort();
}

beforeEach(async () => {
  const store = openSqliteStore({ file: ':memory:' });
  await seedDemoCouncil(store, { today: TODAY });
  deps = { store, clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } };
  admin = await person(DEMO_PEOPLE_IDS.admin);
});
afterEach(async () => {
  await deps.store.close();
});

describe('corporate plans', () => {
  it('names every problem of a plan at once', async () => {
    const fields = await problemFields(
      plans.createPlan(deps, admin, {
        code: 'CP',
        title: ' ',
        firstYear: '2027/28',
        lastYear: '2026/27',
        vision: '',
      }),
    );
    expect(fields).toEqual(['code', 'lastYear', 'title']);
    expect(
      await problemFields(
        plans.createPlan(deps, admin, {
          code: 'NEW',
          title: 'x',
          firstYear: '2026/28',
          lastYear: '2029',
          vision: '',
        }),
      ),
    ).toEqual(['firstYear', 'lastYear']);
  });

  it('keeps exactly one plan current, and refuses to change an earlier plan', async () => {
    const created = await plans.createPlan(deps, admin, {
      code: 'NEXT',
      title: 'Council Plan (next)',
      firstYear: '2029/30',
      lastYear: '2032/33',
      vision: '',
      current: true,
    });
    let cat = await loadCatalogue(deps.store);
    expect(cat.plans.filter((p) => p.current).map((p) => p.code)).toEqual(['NEXT']);
    expect(created.current).toBe(true);

    const previous = (await deps.store.query('plans', { code: 'CP-PREV' }))[0]!;
    const error = await plans
      .updatePlan(deps, admin, previous.id, previous.version, { title: 'Rewritten' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/earlier plan/);

    // The earlier plan's priorities refuse edits with a message naming the plan.
    const oldPriority = (await deps.store.query('priorities', { planId: previous.id }))[0]!;
    const refused = await plans
      .updatePriority(deps, admin, oldPriority.id, oldPriority.version, { title: 'New' })
      .catch((e: unknown) => e);
    expect((refused as ValidationError).problems[0]).toMatchObject({ field: 'planId' });
    expect((refused as ValidationError).problems[0]!.message).toMatch(/earlier plan/);

    // Making the old "CP" current again moves the flag back: still exactly one.
    const cp = (await deps.store.query('plans', { code: 'CP' }))[0]!;
    await plans.setPlanCurrent(deps, admin, cp.id, cp.version);
    cat = await loadCatalogue(deps.store);
    expect(cat.plans.filter((p) => p.current).map((p) => p.code)).toEqual(['CP']);
  });

  it('refuses anyone outside the performance team before reading anything', async () => {
    const officer = await person(DEMO_PEOPLE_IDS.collectionOfficer);
    await expect(plans.adminPlans(deps, officer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      plans.createPriority(deps, officer, { planId: 'x', code: 'Q', title: '', description: '' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('priorities and objectives', () => {
  it('adds, reorders in one write and refuses a stale or partial order', async () => {
    const cp = (await deps.store.query('plans', { code: 'CP' }))[0]!;
    const added = await plans.createPriority(deps, admin, {
      planId: cp.id,
      code: 'P9',
      title: 'A new theme',
      description: '',
    });
    const siblings = await deps.store.query('priorities', { planId: cp.id }, { orderBy: 'order' });
    expect(siblings.at(-1)!.id).toBe(added.id);
    const reversed = [...siblings].reverse().map((s) => ({ id: s.id, version: s.version }));
    const result = await plans.reorderPriorities(deps, admin, cp.id, reversed);
    expect(result.map((r) => r.id)).toEqual(reversed.map((r) => r.id));

    // The versions sent are now stale: the whole reorder is refused, nothing moves.
    await expect(
      plans.reorderPriorities(deps, admin, cp.id, [...reversed].reverse()),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      plans.reorderPriorities(deps, admin, cp.id, result.slice(1)),
    ).rejects.toBeInstanceOf(ConflictError);
    const after = await deps.store.query('priorities', { planId: cp.id }, { orderBy: 'order' });
    expect(after.map((a) => a.id)).toEqual(reversed.map((r) => r.id));
  });

  it('names an unknown priority and a duplicate code for an objective', async () => {
    const taken = (await deps.store.query('objectives'))[0]!.fields.code;
    expect(
      await problemFields(
        plans.createObjective(deps, admin, { priorityId: 'nope', code: taken, title: 'x' }),
      ),
    ).toEqual(['code', 'priorityId']);
  });

  it('retires an objective: it keeps its links but takes no new ones', async () => {
    const cat = await loadCatalogue(deps.store);
    const action = cat.keyActions.find((a) => a.objectiveIds.length && !a.retired)!;
    const objectiveId = action.objectiveIds[0]!;
    const item = (await deps.store.get('objectives', objectiveId))!;
    await plans.setObjectiveRetired(deps, admin, objectiveId, item.version, true);
    const stored = (await deps.store.get('keyActions', action.id))!;
    // Editing the action with its existing (now retired) link is fine.
    await plans.updateKeyAction(deps, admin, action.id, stored.version, { title: 'Renamed' });
    const other = cat.keyActions.find(
      (a) => !a.objectiveIds.includes(objectiveId) && !a.businessAsUsual,
    )!;
    const otherItem = (await deps.store.get('keyActions', other.id))!;
    expect(
      await problemFields(
        plans.updateKeyAction(deps, admin, other.id, otherItem.version, {
          objectiveIds: [...other.objectiveIds, objectiveId],
        }),
      ),
    ).toEqual([`objectiveIds.${other.objectiveIds.length}`]);
  });
});

describe('service plans and key actions', () => {
  it('lets a service head change only their own service plans', async () => {
    const cat = await loadCatalogue(deps.store);
    const mine = cat.servicePlans.find(
      (sp) => !cat.people.get(sp.ownerId)!.roles.includes('admin'),
    )!;
    const head = await person(mine.ownerId);
    const listed = await plans.adminServicePlans(deps, head);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((sp) => plans.mayEditServicePlan(head, sp, cat.services))).toBe(true);
    expect(listed.length).toBeLessThan(cat.servicePlans.length);

    const theirs = cat.servicePlans.find(
      (sp) => !plans.mayEditServicePlan(head, sp, cat.services),
    )!;
    const input = {
      code: 'NEW-KA1',
      title: 'A new action',
      description: '',
      objectiveIds: [],
      businessAsUsual: true,
      corporateProject: false,
      ownerId: head.id,
      startDate: null,
      dueDate: '2026-03-31',
      milestones: [],
      updateFrequency: 'quarterly' as const,
    };
    await expect(
      plans.createKeyAction(deps, head, { ...input, servicePlanId: theirs.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const created = await plans.createKeyAction(deps, head, { ...input, servicePlanId: mine.id });
    expect(created).toMatchObject({ status: 'not-started', percentComplete: 0, retired: false });
    const audit = await deps.store.audit({ list: 'keyActions', itemId: created.id });
    expect(audit.map((a) => [a.event, a.actorId, a.channel])).toEqual([
      ['key-action.created', head.id, 'tab'],
    ]);
  });

  it('names every problem of a key action at once', async () => {
    const sp = (await loadCatalogue(deps.store)).servicePlans[0]!;
    const fields = await problemFields(
      plans.createKeyAction(deps, admin, {
        servicePlanId: sp.id,
        code: 'bad code!',
        title: '',
        description: '',
        objectiveIds: ['no-such-objective'],
        businessAsUsual: false,
        corporateProject: false,
        ownerId: 'nobody',
        startDate: '2026-04-01',
        dueDate: '2026-03-31',
        milestones: [{ title: '', dueDate: '31/03/2026', done: false }],
        updateFrequency: 'quarterly',
      }),
    );
    expect(fields).toEqual([
      'code',
      'dueDate',
      'milestones.0.dueDate',
      'milestones.0.title',
      'objectiveIds.0',
      'ownerId',
      'title',
    ]);
  });

  it('refuses a second service plan for the same service and year', async () => {
    const sp = (await loadCatalogue(deps.store)).servicePlans[0]!;
    expect(
      await problemFields(plans.createServicePlan(deps, admin, { ...sp, code: 'OTHER-CODE' })),
    ).toEqual(['year']);
  });
});

describe('the key-action check setting', () => {
  it('is off by default, saved with a version, and refused when stale', async () => {
    const first = await plans.keyActionUpdateCheck(deps, admin);
    expect(first.keyActionUpdatesNeedCheck).toBe(false);
    const on = await plans.setKeyActionUpdateCheck(deps, admin, true, first.version);
    expect(on.keyActionUpdatesNeedCheck).toBe(true);
    await expect(
      plans.setKeyActionUpdateCheck(deps, admin, false, first.version),
    ).rejects.toBeInstanceOf(ConflictError);
    const { loadSettings } = await import('../settings.js');
    expect((await loadSettings(deps.store)).keyActionUpdatesNeedCheck).toBe(true);
  });
});
