// Approving an action plan in Teams chat (issue 14; King's Lynn's Corporate Performance Panel
// approves plans), over the Bot Framework protocol: with the council's rule set to a panel, a
// member opens the plan's card, approves it in the card (the audit records action-plan.approved,
// from the card) and the owner is sent the decision; the owner may not approve their own plan; a
// plan is not approved without a reason; with one, it is not approved and says why; a stale card
// is refused and shows where the plan stands. The indicator, the owner and the panel are found in
// the demo as built for the suite's day.
import { parseProblems } from '../support/cards/parse-problems.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createActionPlan,
  updateActionPlan,
  type ActionPlanView,
} from '../../src/app/action-plans/index.js';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import {
  RateLimiter,
  TEAMS_LIMITS,
  runNudgeCycle,
  simulatedTimer,
} from '../../src/app/nudges/index.js';
import { planApprovalDueDate } from '../../src/app/nudges/sources/index.js';
import { loadSettings } from '../../src/app/settings.js';
import { createConnectorDigestSender } from '../../bot/reminders/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import type { ActionPlanApprovalRule } from '../../src/domain/model/types.js';
import { addDays, addWorkingDays, formatDate, londonDate } from '../../src/domain/periods/index.js';
import { FIXED_NOW, startTestServer, type TestServer } from '../support/test-server.js';
import { action, allText, cardOf, input } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { londonHour } from './support/demo-work.js';
import { cardPage, launch, renderCard, screenshotCard } from './support/render-card.js';
import { activities, post, teamsUser, type TeamsUser } from './support/teams.js';

const SYSTEM = { actorId: 'test', channel: 'system' as const };
const TODAY = formatDate(londonDate(FIXED_NOW));
/** The plan's dates, ahead of the suite's day so nothing is overdue yet. */
const PLAN_DUE = addDays(londonDate(FIXED_NOW), 70);
const ACTION_DUE = addDays(londonDate(FIXED_NOW), 30);

let server: TestServer;
let connector: Connector;
let owner: TeamsUser;
let member: TeamsUser;
let otherMember: TeamsUser;
let memberName: string;
let indicatorId: string;

/** The card drawn in Chromium by the adaptivecards library, as a Teams client draws it. */
async function drawn(json: unknown, name: string) {
  const browser = await launch();
  try {
    const page = await cardPage(browser);
    const rendered = await renderCard(page, json);
    await screenshotCard(page, name);
    return rendered;
  } finally {
    await browser.close();
  }
}

async function writePlan(reasons: string): Promise<ActionPlanView> {
  return createActionPlan(
    server.deps,
    owner.personId,
    {
      indicatorId,
      periodKey: '2025-09',
      reasons,
      actions: 'Agency cover; recruit to both posts',
      ownerId: owner.personId,
      dueDate: PLAN_DUE,
      expectedRecovery: '2026-01',
      correctiveActions: [{ title: 'Agency cover in place', dueDate: ACTION_DUE }],
    },
    'tab',
  );
}

/** The nudge cycle at 10:00 London on `day`, through the bot's real sender to the stand-in. */
async function cycleOn(day: string) {
  const at = londonHour(day, 10);
  const timer = simulatedTimer(at.getTime());
  return runNudgeCycle(
    { ...server.deps, clock: { now: () => at } },
    {
      sender: createConnectorDigestSender({ deps: server.deps }),
      limiter: new RateLimiter(TEAMS_LIMITS, timer),
      timer,
    },
  );
}

const invoke = (u: TeamsUser, verb: string, data: Record<string, unknown>) =>
  connector.invoke(server.url, activities.invoke(u, connector.url, verb, data));

const stored = async (id: string) => (await server.deps.store.get('actionPlans', id))!;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  const cat = await loadCatalogue(server.deps.store);
  // The owner: an indicator's Responsible Officer, writing the plan for their own indicator.
  const indicator = [...cat.indicators.values()].find(
    (i) => !i.retired && i.responsibleId === DEMO_PEOPLE_IDS.responsibleOfficer,
  )!;
  indicatorId = indicator.id;
  const ownerId = indicator.responsibleId;
  // The panel: two people of the council who are not the owner nor the performance team.
  const panel = [...cat.people.values()]
    .filter((p) => p.id !== ownerId && !p.roles.includes('admin'))
    .slice(0, 2);
  expect(panel).toHaveLength(2);
  const rule: ActionPlanApprovalRule = {
    kind: 'panel',
    name: 'Corporate Performance Panel',
    // The owner is named too: they still never approve their own plan.
    memberIds: [...panel.map((p) => p.id), ownerId],
  };
  const [existing] = await server.deps.store.query('settings', { key: 'actionPlanApproval' });
  if (existing)
    await server.deps.store.update(
      'settings',
      existing.id,
      existing.version,
      { value: rule },
      SYSTEM,
    );
  else
    await server.deps.store.create('settings', { key: 'actionPlanApproval', value: rule }, SYSTEM);
  owner = teamsUser(ownerId, 'Plan owner');
  member = teamsUser(panel[0]!.id, 'Panel member');
  otherMember = teamsUser(panel[1]!.id, 'Another member');
  memberName = panel[0]!.name;
  for (const u of [owner, member, otherMember])
    expect((await post(server.url, activities.installed(u, connector.url))).status).toBe(200);
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('approving an action plan in the card', () => {
  let plan: ActionPlanView;

  it('reaches a panel member in the first digest after it is written; Open shows the plan', async () => {
    plan = await writePlan('Two vacancies [click](https://evil.example) <b>since</b> July');
    expect(plan.approval).toBe('pending');
    // The first working day it can be reminded of: its due date less the policy's notice.
    const { reminderPolicy } = await loadSettings(server.deps.store);
    const written = (await stored(plan.id)).createdAt;
    const due = planApprovalDueDate(written, reminderPolicy);
    expect(
      (await cycleOn(addWorkingDays(due, -reminderPolicy.firstReminderWorkingDaysBefore))).ran,
    ).toBe(true);
    const digest = connector
      .sentTo(member.conversationId)
      .map((r) => cardOf(r.body))
      .find((c) => c && allText(c).includes('action plan to approve'));
    expect(digest).toBeTruthy();
    const open = action(digest, 'actionPlan.review');
    expect(open.data).toEqual({ planId: plan.id, version: plan.version });
    const res = await invoke(member, 'actionPlan.review', open.data);
    expect(res.status).toBe(200);
    const card = res.body.value;
    expect(parseProblems(card)).toEqual([]);
    const words = allText(card);
    expect(words).toContain(plan.indicatorCode);
    expect(words).toContain('Figure for: Sep 2025');
    expect(words).toContain('Awaiting approval');
    expect(words).toContain('Who approves: The Corporate Performance Panel');
    expect(words).toContain(`Due: ${formatDate(PLAN_DUE)}`);
    expect(words).not.toContain('overdue');
    expect(words).toContain('Expected back on target: Jan 2026');
    expect(words).toContain(`${formatDate(ACTION_DUE)}: Agency cover in place (to do)`);
    // The owner's words are text, never a link or HTML.
    expect(words).toContain('\\[click\\]\\(https://evil.example\\) &lt;b&gt;since&lt;/b&gt;');
    expect(action(card, 'actionPlan.approve').data).toEqual({
      planId: plan.id,
      version: plan.version,
      decision: 'approve',
    });
    expect(action(card, 'actionPlan.reject').data).toMatchObject({ planId: plan.id });
    expect(input(card, 'reason').isRequired).toBe(true);
    expect(input(card, 'note').isRequired).toBeUndefined();
    const shown = await drawn(card, 'plan-approval');
    expect(shown.problems).toEqual([]);
    expect(shown.text).toContain('[click](https://evil.example) <b>since</b> July');
    expect(shown.html).not.toContain('href="https://evil.example');
  });

  it('refuses the owner, in plain words, and changes nothing', async () => {
    const own = await invoke(owner, 'actionPlan.review', { planId: plan.id });
    expect(action(own.body.value, 'actionPlan.approve')).toBeUndefined();
    expect(allText(own.body.value)).toContain(
      'Waiting for the Corporate Performance Panel to approve it.',
    );
    const res = await invoke(owner, 'actionPlan.approve', {
      planId: plan.id,
      version: plan.version,
      decision: 'approve',
      note: '',
    });
    const words = allText(res.body.value);
    expect(words).toContain('You cannot approve this action plan');
    expect(words).toContain('You own this action plan, so someone else must approve it.');
    expect(words).toContain('Nothing was changed.');
    expect((await stored(plan.id)).version).toBe(plan.version);
  });

  it('approves it for a member: the card says so, the audit records it, the owner is told', async () => {
    const res = await invoke(member, 'actionPlan.approve', {
      planId: plan.id,
      version: plan.version,
      decision: 'approve',
      note: 'Report progress to the panel in January',
    });
    const card = res.body.value;
    expect(parseProblems(card)).toEqual([]);
    const words = allText(card);
    expect(words).toContain(`Approved by ${memberName} on ${TODAY}`);
    expect(words).toContain('Note: Report progress to the panel in January');
    expect(action(card, 'actionPlan.approve')).toBeUndefined();
    expect((await drawn(card, 'plan-approval-approved')).text).toContain(
      `Approved by ${memberName} on ${TODAY}`,
    );
    const after = (await stored(plan.id)).fields;
    expect(after).toMatchObject({
      approval: 'approved',
      approvedBy: member.personId,
      approvalNote: 'Report progress to the panel in January',
    });
    const audit = await server.deps.store.audit({ list: 'actionPlans', itemId: plan.id });
    expect(audit.find((e) => e.event === 'action-plan.approved')).toMatchObject({
      actorId: member.personId,
      channel: 'card',
    });
    await connector.until('the decision in the owner’s chat', () =>
      connector
        .sentTo(owner.conversationId)
        .some((r) => allText(cardOf(r.body)).includes(`Approved by ${memberName}`)),
    );
    // The other member's stale card no longer approves anything.
    const late = await invoke(otherMember, 'actionPlan.approve', {
      planId: plan.id,
      version: plan.version,
      decision: 'approve',
    });
    expect(allText(late.body.value)).toContain('This action plan is not awaiting approval.');
    expect((await stored(plan.id)).fields.approvedBy).toBe(member.personId);
  });
});

describe('not approving an action plan', () => {
  let plan: ActionPlanView;

  it('needs a reason: without one it is refused by the field, and stays awaiting approval', async () => {
    plan = await writePlan('Two vacancies since July');
    const res = await invoke(member, 'actionPlan.reject', {
      planId: plan.id,
      version: plan.version,
      decision: 'reject',
      note: 'looks thin',
      reason: '   ',
    });
    const card = res.body.value;
    expect(parseProblems(card)).toEqual([]);
    expect(allText(card)).toContain(
      'Say why the plan is not approved, so its owner can improve it',
    );
    expect(input(card, 'note').value).toBe('looks thin');
    expect((await stored(plan.id)).fields.approval).toBe('pending');
  });

  it('with a reason, it is not approved and the card says why', async () => {
    const res = await invoke(otherMember, 'actionPlan.reject', {
      planId: plan.id,
      version: plan.version,
      decision: 'reject',
      reason: 'No date for *recruitment*: add one',
    });
    const words = allText(res.body.value);
    expect(words).toContain('Not approved: No date for \\*recruitment\\*: add one');
    expect(words).toContain(`on ${TODAY}`);
    const after = (await stored(plan.id)).fields;
    expect(after).toMatchObject({
      approval: 'rejected',
      approvedBy: otherMember.personId,
      approvalNote: 'No date for *recruitment*: add one',
    });
    const audit = await server.deps.store.audit({ list: 'actionPlans', itemId: plan.id });
    expect(audit.some((e) => e.event === 'action-plan.rejected')).toBe(true);
  });

  it('refuses a stale card and shows where the plan stands now', async () => {
    const fresh = await writePlan('Sickness absence in the team');
    await updateActionPlan(
      server.deps,
      owner.personId,
      fresh.id,
      { version: fresh.version, progress: 'Agency staff booked' },
      'tab',
    );
    const res = await invoke(member, 'actionPlan.approve', {
      planId: fresh.id,
      version: fresh.version,
      decision: 'approve',
    });
    const card = res.body.value;
    expect(allText(card)).toContain('This action plan has changed since this card was sent');
    expect(allText(card)).toContain('Nothing was changed.');
    expect((await stored(fresh.id)).fields.approval).toBe('pending');
    // The card it shows carries the new version, so approving from it works.
    const now = await stored(fresh.id);
    expect(action(card, 'actionPlan.approve').data.version).toBe(now.version);
  });
});
