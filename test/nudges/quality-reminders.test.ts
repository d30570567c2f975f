// Spot checks and action plans are nudged in the same digest as returns (issue 14): a checker is
// reminded of an assigned check as its date comes, and an overdue one goes to the performance team;
// an action plan's owner is reminded of each corrective action still to do on its own date. Both
// are answered in the tab, so their digest items link to the page that answers them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tabPageUrl } from '../../src/app/links/tab-page-url.js';
import { dryRunNudges, runNudgeCycle } from '../../src/app/nudges/index.js';
import { SPOT_CHECK_DAYS } from '../../src/app/nudges/sources/index.js';
import { NEW_ACTION_PLAN } from '../../src/domain/model/action-plan-defaults.js';
import type { Indicator, Person } from '../../src/domain/model/types.js';
import { addDays } from '../../src/domain/periods/index.js';
import { createConnectorDigestSender } from '../../bot/reminders/index.js';
import { conversationIdOf, londonDate, nudgeWorld, type NudgeWorld } from './setup.js';

const AT = new Date('2025-11-20T10:00:00Z');
const TODAY = londonDate(AT.toISOString());
/** Five working days before Thursday 20/11/2025: a date overdue long enough to escalate. */
const FIVE_WORKING_DAYS_AGO = '2025-11-13';
const SYSTEM = { actorId: 'test', channel: 'system' as const };

let world: NudgeWorld;
beforeEach(async () => {
  world = await nudgeWorld(AT);
});
afterEach(() => world.close());

async function people(): Promise<Person[]> {
  return (await world.deps.store.query('people')).map((p) => ({ id: p.id, ...p.fields }));
}

/** An indicator and someone who is none of its officers (nor anyone's delegate for it). */
async function indicatorAndOutsider(): Promise<{ indicator: Indicator; checker: Person }> {
  const all = await people();
  const [item] = await world.deps.store.query('indicators', { retired: false });
  const indicator = { id: item!.id, ...item!.fields } as Indicator;
  const officers = new Set([
    indicator.collectorId,
    indicator.responsibleId,
    indicator.authoriserId,
    indicator.escalationOwnerId,
  ]);
  const checker = all.find((p) => !officers.has(p.id) && !p.roles.includes('admin'))!;
  return { indicator, checker };
}

async function assignCheck(
  periodKey: string,
  drawnDay: string,
  indicatorId: string,
  checkerId: string,
) {
  const draw = await world.deps.store.create(
    'spotCheckDraws',
    {
      periodKey,
      seed: `${periodKey}#0`,
      count: 1,
      indicatorIds: [indicatorId],
      drawnBy: 'test',
      drawnAt: `${drawnDay}T09:00:00.000Z`,
      redrawReason: null,
      superseded: false,
    },
    SYSTEM,
  );
  return world.deps.store.create(
    'spotChecks',
    {
      drawId: draw.id,
      periodKey,
      indicatorId,
      returnId: null,
      checkerId,
      state: 'assigned',
      riskReasons: [],
      finding: null,
      notes: '',
      correctiveAction: '',
      doneAt: null,
    },
    SYSTEM,
  );
}

const linked = () =>
  createConnectorDigestSender({
    deps: world.deps,
    tabLink: async () => (page, label) =>
      tabPageUrl(page, label, { baseUrl: 'https://gt.example' }),
  });

describe('spot checks and action plans in the digest', () => {
  it("reminds the checker on the check's date, and the performance team once it is overdue", async () => {
    const { indicator, checker } = await indicatorAndOutsider();
    const today = await assignCheck(
      '2025/26 Q2',
      addDays(TODAY, -SPOT_CHECK_DAYS),
      indicator.id,
      checker.id,
    );
    await assignCheck(
      '2025/26 Q1',
      addDays(FIVE_WORKING_DAYS_AGO, -SPOT_CHECK_DAYS),
      indicator.id,
      checker.id,
    );
    const run = await dryRunNudges(world.deps.store, AT.toISOString());
    const mine = run.people.find((p) => p.recipientId === checker.id)!;
    const due = mine.items.find((i) => i.key.startsWith(`sc:${today.id}|`))!;
    expect(due.stage).toBe('due-day');
    expect(due.reason).toContain(`${indicator.code} spot check`);
    const escalated = run.plan.reminders.find(
      (r) => r.returnId.startsWith('sc:') && r.stage === 'escalate-responsible',
    )!;
    expect(escalated.reason).toMatch(/escalated to the performance team$/);
    const admins = (await people()).filter((p) => p.roles.includes('admin')).map((p) => p.id);
    expect(admins).toContain(escalated.recipientId);

    await runNudgeCycle(world.deps, { ...world.options, sender: linked() });
    const card = JSON.stringify(
      world.standIn.deliveries.find((d) => d.conversationId === conversationIdOf(checker.id))!.body,
    );
    expect(card).toMatch(/spot check/);
    expect(card).toContain('"Action.OpenUrl"');
    expect(card).toContain('https://gt.example/#/spot-checks?period=2025%2F26%20Q2');

    // Done: nothing more is asked of the checker for it.
    const item = (await world.deps.store.get('spotChecks', today.id))!;
    await world.deps.store.update(
      'spotChecks',
      item.id,
      item.version,
      { state: 'done', finding: 'confirmed', doneAt: AT.toISOString() },
      SYSTEM,
    );
    const after = await dryRunNudges(world.deps.store, AT.toISOString());
    expect(after.plan.reminders.some((r) => r.returnId === `sc:${today.id}`)).toBe(false);
  });

  it('reminds an action plan owner of each corrective action still to do, on its own date', async () => {
    const { indicator, checker: owner } = await indicatorAndOutsider();
    const plan = await world.deps.store.create(
      'actionPlans',
      {
        indicatorId: indicator.id,
        periodKey: '2025-09',
        reasons: 'Two vacancies',
        actions: 'Recruit; agency cover',
        ownerId: owner.id,
        dueDate: '2026-01-31',
        expectedRecovery: '2026-01',
        status: 'open',
        closedAt: null,
        ...NEW_ACTION_PLAN,
        correctiveActions: [
          { title: 'Agency cover in place', dueDate: TODAY, done: false },
          { title: 'Advertise both posts', dueDate: TODAY, done: true },
          { title: 'Interview', dueDate: '2025-12-19', done: false },
        ],
      },
      SYSTEM,
    );
    const run = await dryRunNudges(world.deps.store, AT.toISOString());
    const mine = run.plan.reminders.filter((r) => r.returnId.startsWith(`ap:${plan.id}#`));
    expect(mine.map((r) => [r.returnId, r.stage, r.recipientId])).toEqual([
      [`ap:${plan.id}#0`, 'due-day', owner.id],
    ]);
    expect(mine[0]!.reason).toContain('action plan: Agency cover in place');

    await runNudgeCycle(world.deps, { ...world.options, sender: linked() });
    const card = JSON.stringify(
      world.standIn.deliveries.find((d) => d.conversationId === conversationIdOf(owner.id))!.body,
    );
    expect(card).toMatch(/action plan/i);
    expect(card).toContain(`https://gt.example/#/indicators/${encodeURIComponent(indicator.code)}`);

    // Closed: its dates are no longer reminded.
    const item = (await world.deps.store.get('actionPlans', plan.id))!;
    await world.deps.store.update(
      'actionPlans',
      item.id,
      item.version,
      { status: 'closed', closedAt: AT.toISOString(), outcome: 'Recovered' },
      SYSTEM,
    );
    const after = await dryRunNudges(world.deps.store, AT.toISOString());
    expect(after.plan.reminders.some((r) => r.returnId.startsWith(`ap:${plan.id}#`))).toBe(false);
  });
});
