// A card decision is answered as soon as it is stored (Teams allows an invoke only a few seconds):
// the next person's card and the updates of other copies follow after the answer. Shown without a
// clock: the Responsible Officer's chat is held unanswered (a slow Teams), and the officer's click
// is still answered, with the figure saved, while the check card waits; released, it arrives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { myReturns } from '../../src/app/returns/my-returns.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { action, allText, cardOf } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { ordinaryFigure, ratedWithHistory } from './support/demo-work.js';
import { activities, post, teamsUser, type TeamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
const collector = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer, 'Collection Officer');
let checker: TeamsUser;
let view: ReturnView;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  const { toEnter } = await myReturns(server.deps, collector.personId);
  // One whose usual figure the plausibility check lets through, with a checker to tell.
  const found = toEnter.find((v) => ratedWithHistory(v) && v.responsible);
  if (!found) throw new Error('the Collection Officer has no return with history to enter');
  view = found;
  checker = teamsUser(view.responsible!.id, 'Responsible Officer');
  for (const u of [collector, checker])
    await post(server.url, activities.installed(u, connector.url));
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('a card decision', () => {
  it('is answered while the next person’s card is still on its way', async () => {
    const release = connector.hold(checker.conversationId);
    const figure = ordinaryFigure(view);
    const res = await connector.invoke(
      server.url,
      activities.invoke(collector, connector.url, 'return.submit', {
        returnId: view.id,
        version: view.version,
        value: figure.text,
        commentary: 'As usual',
      }),
    );
    expect(res.status).toBe(200);
    expect(allText(res.body.value)).toContain('Saved.');
    expect((await server.deps.store.get('returns', view.id))!.fields.state).toBe('submitted');
    // The check card has not reached the checker: Teams is holding it, and the answer did not wait.
    expect(connector.sentTo(checker.conversationId)).toHaveLength(0);
    await connector.until('the check card held by Teams', () => connector.held > 0);

    release();
    await connector.until('the check card', () =>
      connector.sentTo(checker.conversationId).some((r) => cardOf(r.body)),
    );
    await server.idle();
    const checkCard = cardOf(connector.sentTo(checker.conversationId).at(-1)!.body);
    const saved = (await server.deps.store.get('returns', view.id))!;
    expect(action(checkCard, 'return.check').data).toEqual({
      returnId: view.id,
      version: saved.version,
    });
    const copies = await server.deps.store.query('cardMessages', { returnId: view.id });
    expect(copies.map((c) => c.fields.kind)).toEqual(['check']);
    // The connector stand-in timed the click (the bench reports these figures; no test times them).
    expect(connector.invokes.map((i) => [i.verb, i.status])).toEqual([['return.submit', 200]]);
  });
});
