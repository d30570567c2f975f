// Checking a figure against its action plans through actOnReturn, on a real SQLite store holding
// the demo council built for a fixed day and read at a fixed moment (DESIGN.md: an off-target
// figure needs a plan; issue 14: a closed plan is refused by name, an overdue one needs a word on
// where it stands, and that word joins the plan's progress). Plans are written and closed through
// the application's own commands; the figures and officers are found in the data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError, WorkflowError } from '../../domain/errors/errors.js';
import { MAX_COMMENTARY } from '../../domain/values/index.js';
import {
  DEMO_NOW,
  closeOpenPlans,
  demoAt,
  offTargetCheck,
  returnIn,
  type OffTargetCase,
} from '../../../test/support/demo-at.js';
import { fits, strongFigure } from '../../../test/protocol/support/demo-work.js';
import { closeActionPlan, createActionPlan } from '../action-plans/index.js';
import type { AppDeps } from '../deps.js';
import { actOnReturn } from './act-on-return.js';

let deps: AppDeps;
beforeEach(async () => (deps = await demoAt()));
afterEach(() => deps.store.close());

type Check = { actionPlanId?: string | null; planUpdate?: string | null };

const check = (c: { returnId: string; version: string }, checker: string, event: Check) =>
  actOnReturn(deps, {
    returnId: c.returnId,
    version: c.version,
    event: { type: 'check', ...event },
    actorId: checker,
    channel: 'tab',
  });

/** A plan for the case's indicator, due on `dueDate`, written by its checker. */
const writePlan = (c: OffTargetCase, dueDate: string) =>
  createActionPlan(
    deps,
    c.checker,
    {
      indicatorId: c.indicator.id,
      periodKey: c.view.periodKey,
      reasons: 'Two crews short since August',
      actions: 'Recruit and re-route',
      ownerId: c.checker,
      dueDate,
      expectedRecovery: '2025/26 Q4',
    },
    'tab',
  );

const unchanged = async (c: OffTargetCase) =>
  expect((await deps.store.get('returns', c.returnId))!.version).toBe(c.version);

describe('checking an off-target figure', () => {
  it('needs an open plan of the indicator', async () => {
    const c = await offTargetCheck(deps);
    await closeOpenPlans(deps, c.indicator.id);
    for (const actionPlanId of [undefined, null, '', 'no-such-plan']) {
      const attempt = check(c, c.checker, { actionPlanId });
      await expect(attempt).rejects.toThrow(WorkflowError);
      await expect(attempt).rejects.toMatchObject({ code: 'action-plan-required' });
    }
    await unchanged(c);
  });

  it('refuses a closed plan, saying when it was closed', async () => {
    const c = await offTargetCheck(deps);
    await closeOpenPlans(deps, c.indicator.id);
    const plan = await writePlan(c, '2026-01-31');
    await closeActionPlan(
      deps,
      c.admin.id,
      plan.id,
      { version: plan.version, outcome: 'Done' },
      'tab',
    );
    const attempt = check(c, c.checker, { actionPlanId: plan.id });
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toMatchObject({ problems: [{ field: 'actionPlanId' }] });
    await expect(attempt).rejects.toThrow(/was closed on 20\/11\/2025: choose an open plan/);
    await unchanged(c);
  });

  it('refuses an overdue plan without a word on where it stands', async () => {
    const c = await offTargetCheck(deps);
    await closeOpenPlans(deps, c.indicator.id);
    const overdue = await writePlan(c, '2025-11-01');
    for (const planUpdate of [undefined, null, '   ']) {
      const attempt = check(c, c.checker, { actionPlanId: overdue.id, planUpdate });
      await expect(attempt).rejects.toMatchObject({ code: 'action-plan-required' });
      await expect(attempt).rejects.toThrow(/overdue, so say where it stands/);
    }
    await unchanged(c);
  });

  it('refuses a note on the plan over the limit, changing neither the figure nor the plan', async () => {
    const c = await offTargetCheck(deps);
    await closeOpenPlans(deps, c.indicator.id);
    const overdue = await writePlan(c, '2025-11-01');
    const attempt = check(c, c.checker, {
      actionPlanId: overdue.id,
      planUpdate: 'x'.repeat(MAX_COMMENTARY + 1),
    });
    await expect(attempt).rejects.toMatchObject({ problems: [{ field: 'planUpdate' }] });
    await unchanged(c);
    expect((await deps.store.get('actionPlans', overdue.id))!.fields.progress).toEqual([]);
  });

  it('passes with the overdue plan and a note, which joins the plan’s progress', async () => {
    const c = await offTargetCheck(deps);
    await closeOpenPlans(deps, c.indicator.id);
    const overdue = await writePlan(c, '2025-11-01');
    const done = await check(c, c.checker, {
      actionPlanId: overdue.id,
      planUpdate: '  New dates agreed with the crews ',
    });
    expect(done.view).toMatchObject({ state: 'checked', actionPlanId: overdue.id });
    const plan = (await deps.store.get('actionPlans', overdue.id))!;
    expect(plan.fields.progress).toEqual([
      { at: DEMO_NOW, byId: c.checker, text: 'New dates agreed with the crews' },
    ]);
    const [line] = await deps.store.audit({ list: 'actionPlans', itemId: overdue.id });
    expect(line).toMatchObject({
      event: 'action-plan.updated',
      actorId: c.checker,
      channel: 'tab',
      note: 'New dates agreed with the crews',
    });
  });
});

describe('checking a figure on target', () => {
  it('needs no plan, but a plan it names must be a real one, reported against actionPlanId', async () => {
    // Issue 15 D5: the bad plan was once reported against `value`.
    const c = await returnIn(deps, 'due', (v) => fits(strongFigure, v));
    const entered = await actOnReturn(deps, {
      returnId: c.returnId,
      version: c.version,
      event: { type: 'enter', value: strongFigure(c.view).value, commentary: 'As counted' },
      actorId: c.indicator.collectorId,
      channel: 'tab',
    });
    const submitted = { returnId: c.returnId, version: entered.view.version };
    const attempt = check(submitted, c.indicator.responsibleId, { actionPlanId: 'no-such-plan' });
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toMatchObject({ problems: [{ field: 'actionPlanId' }] });
    const done = await check(submitted, c.indicator.responsibleId, {});
    expect(done.view).toMatchObject({ state: 'checked', actionPlanId: null });
  });
});
