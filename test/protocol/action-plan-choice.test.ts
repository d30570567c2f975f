// Checking an off-target figure against an open plan (issue 14), over the Bot Framework HTTP path:
// the card chooses no plan for the checker and marks an overdue one in words; a closed plan is
// refused saying when it was closed; an overdue plan is refused without a word on where it stands,
// and with one the check passes and the words join the plan's progress. The Authorising Officer's
// card then shows the plan beside the figure. The return is found in the demo as built for the
// suite's day (issue #12) and the plans are put in place through the application's own commands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeActionPlan, createActionPlan } from '../../src/app/action-plans/index.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { addDays } from '../../src/domain/periods/index.js';
import { dueWithNoOpenPlan } from '../support/demo-at.js';
import { FIXED_NOW, startTestServer, type TestServer } from '../support/test-server.js';
import { action, allText, cardOf, input } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import {
  actionFigure,
  firstOfItsCode,
  fits,
  londonDay,
  quarterOn,
  ukDate,
} from './support/demo-work.js';
import { activities, post, teamsUser, type TeamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
const collector = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer);
let checker: TeamsUser;
let view: ReturnView;
let returnId: string;
let overduePlanId: string;
let closedPlanId: string;
const today = londonDay(FIXED_NOW);
// Due ten days ago and still open: overdue.
const overdueDue = addDays(today, -10);

async function writePlan(actions: string, dueDate: string): Promise<string> {
  const plan = await createActionPlan(
    server.deps,
    DEMO_PEOPLE_IDS.admin,
    {
      indicatorId: view.indicator.id,
      periodKey: view.periodKey,
      reasons: 'Fewer crews after the budget cut',
      actions,
      ownerId: checker.personId,
      dueDate,
      expectedRecovery: quarterOn(addDays(today, 183)).key,
    },
    'tab',
  );
  return plan.id;
}

const checkerCard = () => cardOf(connector.sentTo(checker.conversationId).at(-1)!.body);

async function check(extra: Record<string, string>) {
  const version = (await server.deps.store.get('returns', returnId))!.version;
  return post(
    server.url,
    activities.invoke(checker, connector.url, 'return.check', { returnId, version, ...extra }),
  );
}

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  // Only the plans this test writes are open: any the demo left open are closed first.
  view = await dueWithNoOpenPlan(
    server.deps,
    collector.personId,
    (v, toEnter) => firstOfItsCode(v, toEnter) && fits(actionFigure, v),
  );
  returnId = view.id;
  checker = teamsUser(view.responsible!.id);
  for (const u of [collector, checker])
    await post(server.url, activities.installed(u, connector.url));
  overduePlanId = await writePlan('Agency cover on the worst rounds', overdueDue);
  closedPlanId = await writePlan('Route review', addDays(today, 60));
  const closing = (await server.deps.store.get('actionPlans', closedPlanId))!;
  await closeActionPlan(
    server.deps,
    DEMO_PEOPLE_IDS.admin,
    closedPlanId,
    { version: closing.version, outcome: 'The routes were reviewed' },
    'tab',
  );
  await post(
    server.url,
    activities.message(
      collector,
      connector.url,
      `${view.indicator.code} ${actionFigure(view).text} fewer crews after the budget cut`,
    ),
  );
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('choosing the action plan for an off-target figure', () => {
  it('asks the checker to choose, choosing nothing for them, with the overdue plan marked', () => {
    const card = checkerCard();
    expect(allText(card)).toContain('Rating: Action');
    expect(allText(card)).toContain('Choose an open plan to update, or write a new one');
    const choice = input(card, 'actionPlanId');
    expect(choice.value).toBeUndefined();
    expect(choice.isRequired).toBe(true);
    expect(choice.choices.map((c: any) => c.value)).toEqual([overduePlanId]);
    expect(choice.choices[0].title).toContain(`overdue: due ${ukDate(overdueDue)}`);
    expect(allText(card)).toContain(`overdue: due ${ukDate(overdueDue)}`);
    expect(action(card, 'return.check')).toBeTruthy();
    expect(action(card, 'actionPlan.write')).toBeTruthy();
  });

  it('refuses a closed plan, saying when it was closed, changing nothing', async () => {
    const before = (await server.deps.store.get('returns', returnId))!;
    const res = await check({ actionPlanId: closedPlanId, planUpdate: 'Routes done' });
    expect(allText(res.body.value)).toContain(
      `That action plan was closed on ${ukDate(today)}: choose an open plan or write a new one`,
    );
    expect((await server.deps.store.get('returns', returnId))!.version).toBe(before.version);
  });

  it('refuses the overdue plan without a word on where it stands, keeping the choice', async () => {
    const before = (await server.deps.store.get('returns', returnId))!;
    const res = await check({ actionPlanId: overduePlanId, planUpdate: '   ' });
    const text = allText(res.body.value);
    expect(text).toMatch(/That action plan is overdue, so say where it stands/);
    // The checker's own choice is kept on the refused card; nothing else was chosen.
    expect(input(res.body.value, 'actionPlanId').value).toBe(overduePlanId);
    expect((await server.deps.store.get('returns', returnId))!.version).toBe(before.version);
    const plan = (await server.deps.store.get('actionPlans', overduePlanId))!.fields;
    expect(plan.progress).toEqual([]);
  });

  it('passes with the overdue plan once the checker says where it stands, noting it on the plan', async () => {
    const note = 'Agency crews start next week; *two* rounds already back <b>';
    const res = await check({ actionPlanId: overduePlanId, planUpdate: note });
    expect(allText(res.body.value)).toContain('Checked.');
    const saved = (await server.deps.store.get('returns', returnId))!.fields;
    expect(saved).toMatchObject({ state: 'checked', actionPlanId: overduePlanId });
    const plan = (await server.deps.store.get('actionPlans', overduePlanId))!.fields;
    expect(plan.progress).toEqual([
      expect.objectContaining({ byId: checker.personId, text: note.trim() }),
    ]);
  });

  it('shows the Authorising Officer the plan beside the figure, overdue in words', async () => {
    const authoriser = teamsUser(view.authoriser!.id, 'Authorising Officer');
    await post(server.url, activities.message(authoriser, connector.url, 'my returns'));
    const res = await connector.invoke(
      server.url,
      activities.invoke(authoriser, connector.url, 'card.refresh', { returnId }),
    );
    const card = res.body.value;
    const text = allText(card);
    expect(action(card, 'return.authorise')).toBeTruthy();
    expect(text).toContain('Action plan attached at the check');
    expect(text).toContain(`Due: ${ukDate(overdueDue)}, overdue since`);
    // The checker's words, escaped: the asterisks and the tag stay text.
    expect(text).toContain('Agency crews start next week; \\*two\\* rounds already back &lt;b&gt;');
    expect(input(card, 'actionPlanId')).toBeUndefined();
  });
});
