// Action plans awaiting approval are nudged in the approvers' digest (issue 14): with the council's
// rule set to a panel, every member (never the plan's owner) is reminded of a pending plan from the
// first digest after it is written, with a button that opens the approval card; a late approval
// goes to the performance team once, not once per member; the reminders stop the moment one member
// decides. With the default rule (no approval) nothing is asked of anyone.
import { afterEach, describe, expect, it } from 'vitest';
import { createActionPlan, decideActionPlan } from '../../src/app/action-plans/index.js';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import type { AppDeps } from '../../src/app/deps.js';
import {
  RateLimiter,
  TEAMS_LIMITS,
  dryRunNudges,
  runNudgeCycle,
  simulatedTimer,
} from '../../src/app/nudges/index.js';
import { planApprovalDueDate, sourceOf } from '../../src/app/nudges/sources/index.js';
import { NEW_ACTION_PLAN } from '../../src/domain/model/action-plan-defaults.js';
import type { ActionPlanApprovalRule, Indicator } from '../../src/domain/model/types.js';
import { addWorkingDays } from '../../src/domain/periods/index.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { startStandIn, type StandIn } from './connector-stand-in.js';
import {
  addConversations,
  conversationIdOf,
  londonDate,
  seedCouncil,
  teamsSender,
  tempDbFile,
} from './setup.js';

/** Thursday 20/11/2025 10:00 London: the plan is written, and the cycle runs, then. */
const AT = new Date('2025-11-20T10:00:00Z');
const TODAY = londonDate(AT.toISOString());
const SYSTEM = { actorId: 'test', channel: 'system' as const };
const POLICY = { firstReminderWorkingDaysBefore: 5 };
const at = (day: string) => `${day}T10:00:00.000Z`;

let deps: AppDeps;
let standIn: StandIn;
afterEach(async () => {
  await standIn?.close();
  await deps?.store.close();
});

/** The demo council with the store's clock set too, so a plan's written date is AT. */
async function world(panelRule: boolean) {
  const file = tempDbFile();
  await seedCouncil(file, TODAY);
  deps = { store: openSqliteStore({ file, clock: () => AT }), clock: { now: () => AT } };
  const timer = simulatedTimer(AT.getTime());
  standIn = await startStandIn(timer);
  await addConversations(deps.store, standIn.url);
  const cat = await loadCatalogue(deps.store);
  const indicator = [...cat.indicators.values()].find((i) => !i.retired && !i.needsOwners)!;
  // The owner is the indicator's Responsible Officer; the panel two people who are neither the
  // owner nor the performance team (found in the data).
  const ownerId = indicator.responsibleId;
  const panel = [...cat.people.values()]
    .filter((p) => p.id !== ownerId && !p.roles.includes('admin'))
    .slice(0, 2)
    .map((p) => p.id);
  if (panelRule) {
    // The owner is on the panel too: they are never asked to approve their own plan.
    const rule: ActionPlanApprovalRule = {
      kind: 'panel',
      name: 'Corporate Performance Panel',
      memberIds: [...panel, ownerId],
    };
    await deps.store.create('settings', { key: 'actionPlanApproval', value: rule }, SYSTEM);
  }
  const admins = [...cat.people.values()].filter((p) => p.roles.includes('admin')).map((p) => p.id);
  const options = {
    sender: teamsSender(deps),
    limiter: new RateLimiter(TEAMS_LIMITS, timer),
    timer,
  };
  return { indicator, ownerId, panel, admins, options };
}

function writePlan(indicator: Indicator, ownerId: string) {
  return createActionPlan(
    deps,
    ownerId,
    {
      indicatorId: indicator.id,
      periodKey: '2025-09',
      reasons: 'Two vacancies',
      actions: 'Agency cover; recruit',
      ownerId,
      dueDate: '2026-01-31',
      expectedRecovery: '2026-01',
    },
    'tab',
  );
}

const approvalsIn = async (day: string, planId: string) =>
  (await dryRunNudges(deps.store, at(day))).plan.reminders.filter((r) =>
    r.returnId.startsWith(`pa:${planId}#`),
  );

describe('when approval of an action plan falls due', () => {
  it('counts from the first working day its approvers can be told of it', () => {
    // Saturday 22/11/2025: from Monday 24/11.
    expect(planApprovalDueDate('2025-11-22T12:00:00.000Z', POLICY)).toBe('2025-12-01');
    // Thursday 20/11/2025 after 18:00 London (the last digest of the day): from Friday 21/11.
    expect(planApprovalDueDate('2025-11-20T18:30:00.000Z', POLICY)).toBe('2025-11-28');
    expect(planApprovalDueDate('2025-11-20T17:30:00.000Z', POLICY)).toBe('2025-11-27');
    // However much notice the council gives, the first reminder falls on that first day.
    expect(
      planApprovalDueDate('2025-11-20T09:00:00.000Z', { firstReminderWorkingDaysBefore: 1 }),
    ).toBe('2025-11-21');
  });
});

describe('action plans awaiting approval in the digest', () => {
  it('reminds each panel member from the first digest, and stops once one decides', async () => {
    const w = await world(true);
    const plan = await writePlan(w.indicator, w.ownerId);
    expect(plan.approval).toBe('pending');
    // Due a working week (the default policy's notice) after it was written, so the first
    // reminder is in the first digest after it.
    const due = addWorkingDays(TODAY, 5);
    expect(planApprovalDueDate(AT.toISOString(), POLICY)).toBe(due);

    const first = await approvalsIn(TODAY, plan.id);
    expect(first.map((r) => [r.recipientId, r.stage]).sort()).toEqual(
      w.panel.map((id) => [id, 'first']).sort(),
    );
    expect(first[0]!.reason).toContain(`${w.indicator.code} action plan to approve, Sep 2025`);

    const report = await runNudgeCycle(deps, w.options);
    expect(report.ran).toBe(true);
    for (const id of w.panel) {
      const digest = standIn.deliveries.find((d) => d.conversationId === conversationIdOf(id))!;
      const card = JSON.stringify(digest.body);
      expect(card).toContain('action plan to approve');
      expect(card).toContain('"verb":"actionPlan.review"');
      expect(card).toContain(`"planId":"${plan.id}"`);
      const ledger = await deps.store.get('reminderLedger', `pa:${plan.id}#${id}|first|${TODAY}`);
      expect(ledger?.fields.status).toBe('sent');
    }
    expect(
      standIn.deliveries.some(
        (d) =>
          d.conversationId === conversationIdOf(w.ownerId) &&
          JSON.stringify(d.body).includes('action plan to approve'),
      ),
    ).toBe(false);
    // Once sent, the same day sends nothing more for it.
    const sent = standIn.deliveries.length;
    await runNudgeCycle(deps, w.options);
    expect(standIn.deliveries.length).toBe(sent);

    // Still pending: the day before and the due day remind again; once overdue long enough, the
    // performance team hears of it once, not once per member.
    expect((await approvalsIn(addWorkingDays(due, -1), plan.id)).map((r) => r.stage)).toEqual([
      'day-before',
      'day-before',
    ]);
    const late = await approvalsIn(addWorkingDays(due, 5), plan.id);
    const escalated = late.filter((r) => r.stage === 'escalate-responsible');
    expect(escalated).toHaveLength(1);
    expect(w.admins).toContain(escalated[0]!.recipientId);
    expect(escalated[0]!.reason).toMatch(/escalated to the performance team$/);
    const { source, id } = sourceOf(escalated[0]!.returnId);
    expect(await source.describe(deps.store, id)).toEqual({
      code: w.indicator.code,
      title: w.indicator.title,
      label: 'action plan to approve, Sep 2025',
      due: true,
    });

    // One member approves: nobody is reminded of it again.
    await decideActionPlan(
      deps,
      w.panel[0]!,
      plan.id,
      { version: plan.version, decision: 'approve' },
      'card',
    );
    expect(await source.stillDue(deps.store, id)).toBe(false);
    expect(await approvalsIn(addWorkingDays(due, -1), plan.id)).toEqual([]);
    expect(await approvalsIn(addWorkingDays(due, 5), plan.id)).toEqual([]);
  });

  it('asks nothing of anyone when the council needs no approval', async () => {
    const w = await world(false);
    const plan = await writePlan(w.indicator, w.ownerId);
    expect(plan.approval).toBe('not-needed');
    // Even a plan left awaiting approval from an earlier rule is not chased under rule none.
    await deps.store.create(
      'actionPlans',
      {
        indicatorId: w.indicator.id,
        periodKey: '2025-08',
        reasons: 'Vacancies',
        actions: 'Recruit',
        ownerId: w.ownerId,
        dueDate: '2026-01-31',
        expectedRecovery: '2026-01',
        status: 'open',
        closedAt: null,
        ...NEW_ACTION_PLAN,
        approval: 'pending',
      },
      SYSTEM,
    );
    for (const day of [TODAY, addWorkingDays(TODAY, 5), addWorkingDays(TODAY, 10)]) {
      const run = await dryRunNudges(deps.store, at(day));
      expect(run.plan.reminders.filter((r) => r.returnId.startsWith('pa:'))).toEqual([]);
    }
    await runNudgeCycle(deps, w.options);
    expect(
      standIn.deliveries.some((d) => JSON.stringify(d.body).includes('action plan to approve')),
    ).toBe(false);
  });
});
