// An off-target figure needs an action plan before it passes the check (DESIGN.md): the check card
// refuses without one, next to the plan field, and the checker can write one in the card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { action, allText, cardOf } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { activities, post, teamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
const collector = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer);
const checker = teamsUser(DEMO_PEOPLE_IDS.responsibleOfficer);
let returnId: string;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  for (const u of [collector, checker])
    await post(server.url, activities.installed(u, connector.url));
  const [wr04] = await server.deps.store.query('indicators', { code: 'WR04' });
  returnId = (await server.deps.store.query('returns', { indicatorId: wr04!.id, state: 'due' }))[0]!
    .id;
  // Close any open WR04 plan, so the checker has to write one.
  for (const plan of await server.deps.store.query('actionPlans', {
    indicatorId: wr04!.id,
    status: 'open',
  })) {
    await server.deps.store.update(
      'actionPlans',
      plan.id,
      plan.version,
      { status: 'closed' },
      { actorId: 'system', channel: 'system' },
    );
  }
  // 15,020 subscriptions against a target of 18,500: off target.
  await post(
    server.url,
    activities.message(collector, connector.url, 'WR04 15,020 fewer renewals after the price rise'),
  );
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('checking an off-target figure', () => {
  it('saved the typed reply through the workflow, recorded as coming from the bot', async () => {
    const audit = await server.deps.store.audit({ list: 'returns', itemId: returnId });
    const submitted = audit.find((e) => e.event === 'return.submitted')!;
    expect(submitted).toMatchObject({ channel: 'bot', actorId: collector.personId });
    expect((await server.deps.store.get('returns', returnId))!.fields).toMatchObject({
      value: 15020,
      commentary: 'fewer renewals after the price rise',
    });
  });

  it('offers writing a plan instead of a bare pass', () => {
    const card = cardOf(connector.sentTo(checker.conversationId).at(-1)!.body);
    expect(allText(card)).toMatch(/Rating: (Action|Review)/);
    expect(action(card, 'return.check')).toBeUndefined();
    expect(action(card, 'actionPlan.write')).toBeTruthy();
  });

  it('refuses a check without a plan, next to the plan field, changing nothing', async () => {
    const before = (await server.deps.store.get('returns', returnId))!;
    const res = await post(
      server.url,
      activities.invoke(checker, connector.url, 'return.check', {
        returnId,
        version: before.version,
      }),
    );
    expect(allText(res.body.value)).toMatch(
      /the figure is off target, so checking it needs an action plan/i,
    );
    expect((await server.deps.store.get('returns', returnId))!.version).toBe(before.version);
  });

  it('writes the plan from the card and passes the check with it attached', async () => {
    const card = cardOf(connector.sentTo(checker.conversationId).at(-1)!.body);
    const data = {
      ...action(card, 'actionPlan.write').data,
      reasons: 'Renewals fell after the price rise',
      actions: 'Renewal reminder letters; direct debit offer',
      ownerId: checker.personId,
      planDueDate: '2026-01-31',
      expectedRecovery: 'Q4 2025/26',
    };
    const bad = await post(
      server.url,
      activities.invoke(checker, connector.url, 'actionPlan.write', {
        ...data,
        expectedRecovery: 'soon',
      }),
    );
    expect(allText(bad.body.value)).toMatch(/Is not a period/);
    const res = await post(
      server.url,
      activities.invoke(checker, connector.url, 'actionPlan.write', data),
    );
    expect(allText(res.body.value)).toContain('Checked.');
    const saved = (await server.deps.store.get('returns', returnId))!.fields;
    expect(saved.state).toBe('checked');
    const plan = (await server.deps.store.get('actionPlans', saved.actionPlanId!))!.fields;
    // The Authorising Officer never spoke to the bot: a 1:1 chat is opened by their object id.
    const created = connector.records.find((r) => r.kind === 'create')!;
    expect(created.body.members).toEqual([
      expect.objectContaining({ id: DEMO_PEOPLE_IDS.authorisingOfficer }),
    ]);
    const authCard = cardOf(connector.sentTo(created.conversationId).at(-1)!.body);
    expect(action(authCard, 'return.authorise').data.returnId).toBe(returnId);
    const refs = await server.deps.store.query('conversations', {
      personId: DEMO_PEOPLE_IDS.authorisingOfficer,
    });
    expect(refs[0]!.fields.conversationId).toBe(created.conversationId);
    expect(plan).toMatchObject({
      periodKey: '2025/26 Q2',
      expectedRecovery: '2025/26 Q4',
      ownerId: checker.personId,
      status: 'open',
    });
  });
});
