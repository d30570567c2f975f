// Action plans followed to the end (issue 14 item 4), on a real SQLite store holding the demo
// council built for a fixed day and read at a fixed moment. Plans, returns and people are found in
// the data: an off-target figure waiting for its check, and the indicator's officers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  ForbiddenError,
  ValidationError,
  WorkflowError,
} from '../../domain/errors/errors.js';
import type { ActionPlanApprovalRule } from '../../domain/model/types.js';
import {
  closeOpenPlans,
  demoAt,
  offTargetCheck as findOffTargetCheck,
  type OffTargetCase as Case,
} from '../../../test/support/demo-at.js';
import type { AppDeps } from '../deps.js';
import { actOnReturn } from '../returns/act-on-return.js';
import { getReturnView } from '../returns/my-returns.js';
import {
  closeActionPlan,
  createActionPlan,
  decideActionPlan,
  listActionPlans,
  updateActionPlan,
} from './action-plans.js';

const SYS = { actorId: 'system', channel: 'api' as const };
let deps: AppDeps;
beforeEach(async () => (deps = await demoAt()));
afterEach(() => deps.store.close());

/** A submitted, off-target figure whose Responsible Officer may check it. */
const offTargetCheck = () => findOffTargetCheck(deps);
const closeAll = (c: Case) => closeOpenPlans(deps, c.indicator.id);

function newPlan(c: Case, over: Partial<Parameters<typeof createActionPlan>[2]> = {}) {
  return createActionPlan(
    deps,
    c.checker,
    {
      indicatorId: c.indicator.id,
      periodKey: '2025/26 Q2',
      reasons: 'Two crews short since August',
      actions: 'Recruit and re-route',
      ownerId: c.checker,
      dueDate: '2026-01-31',
      expectedRecovery: '2025/26 Q4',
      correctiveActions: [
        { title: 'Recruit two crews', dueDate: '2025-12-15' },
        { title: 'Re-route Tuesday rounds', dueDate: '2026-01-15' },
      ],
      ...over,
    },
    'api',
  );
}

async function setApproval(rule: ActionPlanApprovalRule) {
  await deps.store.create('settings', { key: 'actionPlanApproval', value: rule }, SYS);
}

describe('writing and following a plan', () => {
  it('keeps corrective actions with dates, progress and a closing outcome', async () => {
    const c = await offTargetCheck();
    const plan = await newPlan(c);
    expect(plan.approval).toBe('not-needed');
    expect(plan.correctiveActionViews.map((a) => a.dueOn)).toEqual(['15/12/2025', '15/01/2026']);
    expect(plan.overdue).toBe(false);
    const ticked = await updateActionPlan(
      deps,
      c.checker,
      plan.id,
      { version: plan.version, progress: 'One crew recruited', done: [{ index: 0, done: true }] },
      'api',
    );
    expect(ticked.correctiveActions[0]!.done).toBe(true);
    expect(ticked.progressViews).toEqual([
      { on: '20/11/2025', byName: expect.any(String), text: 'One crew recruited' },
    ]);
    await expect(
      closeActionPlan(deps, c.checker, plan.id, { version: ticked.version, outcome: ' ' }, 'api'),
    ).rejects.toMatchObject({ problems: [{ field: 'outcome' }] });
    const closed = await closeActionPlan(
      deps,
      c.checker,
      plan.id,
      { version: ticked.version, outcome: 'Back on target in Q4' },
      'api',
    );
    expect(closed).toMatchObject({ status: 'closed', outcome: 'Back on target in Q4' });
    await expect(
      updateActionPlan(deps, c.checker, plan.id, { version: closed.version, progress: 'x' }, 'api'),
    ).rejects.toThrow(/closed/);
    const events = (await deps.store.audit({ list: 'actionPlans', itemId: plan.id })).map(
      (e) => e.event,
    );
    // Newest first, as the audit trail is read.
    expect(events).toEqual(['action-plan.closed', 'action-plan.updated', 'action-plan.created']);
  });

  it('refuses someone with no part in the indicator before looking at what they sent', async () => {
    const c = await offTargetCheck();
    const plan = await newPlan(c);
    await expect(
      updateActionPlan(deps, c.bystander.id, plan.id, { version: 'stale' }, 'api'),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateActionPlan(deps, c.checker, plan.id, { version: plan.version }, 'api'),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      updateActionPlan(deps, c.checker, plan.id, { version: 'stale', progress: 'x' }, 'api'),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('marks a plan overdue once a corrective action passes its date undone', async () => {
    const c = await offTargetCheck();
    const plan = await newPlan(c);
    deps.clock = { now: () => new Date('2025-12-16T09:00:00Z') };
    const [seen] = (await listActionPlans(deps, c.checker, { indicatorId: c.indicator.id })).filter(
      (p) => p.id === plan.id,
    );
    expect(seen).toMatchObject({ overdue: true, overdueLabel: 'overdue since 15/12/2025' });
    expect(seen!.label).toContain('overdue since 15/12/2025');
  });
});

describe('approval', () => {
  it('needs nobody by default, and a panel member (never the owner) under a panel rule', async () => {
    const c = await offTargetCheck();
    const member = c.bystander;
    await setApproval({
      kind: 'panel',
      name: 'Corporate Performance Panel',
      memberIds: [member.id, c.checker],
    });
    const plan = await newPlan(c);
    expect(plan).toMatchObject({
      approval: 'pending',
      approver: 'the Corporate Performance Panel',
    });
    await expect(
      decideActionPlan(
        deps,
        c.checker,
        plan.id,
        { version: plan.version, decision: 'approve' },
        'api',
      ),
    ).rejects.toThrow(/You own this action plan/);
    await expect(
      decideActionPlan(
        deps,
        member.id,
        plan.id,
        { version: plan.version, decision: 'reject' },
        'api',
      ),
    ).rejects.toMatchObject({ problems: [{ field: 'note' }] });
    const awaiting = await listActionPlans(deps, member.id, { awaitingMe: true });
    expect(awaiting.map((p) => p.id)).toContain(plan.id);
    const approved = await decideActionPlan(
      deps,
      member.id,
      plan.id,
      { version: plan.version, decision: 'approve', note: 'Agreed at panel' },
      'api',
    );
    expect(approved).toMatchObject({ approval: 'approved', approvedBy: member.id });
    const audit = await deps.store.audit({ list: 'actionPlans', itemId: plan.id });
    expect(audit[0]).toMatchObject({ event: 'action-plan.approved', actorId: member.id });
    await expect(
      decideActionPlan(
        deps,
        member.id,
        plan.id,
        { version: approved.version, decision: 'approve' },
        'api',
      ),
    ).rejects.toThrow(/not awaiting approval/);
  });

  it("goes to the indicator's Authorising Officer under the authoriser rule", async () => {
    const c = await offTargetCheck();
    await setApproval({ kind: 'authoriser' });
    const plan = await newPlan(c);
    const view = (await listActionPlans(deps, c.indicator.authoriserId, {})).find(
      (p) => p.id === plan.id,
    );
    expect(view?.mayApprove).toBe(true);
    await expect(
      decideActionPlan(
        deps,
        c.bystander.id,
        plan.id,
        { version: plan.version, decision: 'approve' },
        'api',
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('passing an off-target figure', () => {
  it('asks explicitly: a closed plan is refused by name, an overdue one needs a note', async () => {
    const c = await offTargetCheck();
    await closeAll(c);
    const check = (event: { actionPlanId?: string | null; planUpdate?: string | null }) =>
      actOnReturn(deps, {
        returnId: c.returnId,
        version: c.version,
        event: { type: 'check', ...event },
        actorId: c.checker,
        channel: 'api',
      });
    await expect(check({})).rejects.toBeInstanceOf(WorkflowError);
    const [closed] = await deps.store.query('actionPlans', {
      indicatorId: c.indicator.id,
      status: 'closed',
    });
    if (closed) {
      await expect(check({ actionPlanId: closed.id })).rejects.toThrow(
        /was closed on \d\d\/\d\d\/\d{4}: choose an open plan or write a new one/,
      );
    }
    const overdue = await newPlan(c, { dueDate: '2025-11-01', correctiveActions: [] });
    const view = (await getReturnView(deps, c.checker, c.returnId))!;
    expect(view.openPlans.map((p) => [p.id, p.overdueLabel])).toEqual([
      [overdue.id, 'overdue since 01/11/2025'],
    ]);
    await expect(check({ actionPlanId: overdue.id })).rejects.toThrow(/overdue/);
    expect((await deps.store.get('returns', c.returnId))!.version).toBe(c.version);
    const done = await check({
      actionPlanId: overdue.id,
      planUpdate: 'New dates agreed with crews',
    });
    expect(done.view).toMatchObject({ state: 'checked', actionPlanId: overdue.id });
    expect(done.view.actionPlan?.progress.map((p) => p.text)).toEqual([
      'New dates agreed with crews',
    ]);
  });

  it('shows the Authorising Officer the plan beside the figure', async () => {
    const c = await offTargetCheck();
    await closeAll(c);
    const plan = await newPlan(c);
    await actOnReturn(deps, {
      returnId: c.returnId,
      version: c.version,
      event: { type: 'check', actionPlanId: plan.id },
      actorId: c.checker,
      channel: 'api',
    });
    const view = (await getReturnView(deps, c.indicator.authoriserId, c.returnId))!;
    expect(view.actionPlan).toMatchObject({
      id: plan.id,
      ownerName: expect.any(String),
      dueOn: '31/01/2026',
      overdue: false,
    });
  });
});
