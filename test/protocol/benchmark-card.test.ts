// The comparator quartile on the return card, over the bot's HTTP endpoint (issue 16): a due return
// of the demo's Collection Officer whose earlier period has an authorised figure is given a
// comparator group with figures around that figure; the card Teams gets on refresh then says the
// quartile beside the target, parses with the official adaptivecards library, and still rates
// nothing against comparators. The return and its figures are found in the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { myReturns } from '../../src/app/returns/my-returns.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { standAgainstNewGroup } from '../support/comparators.js';
import { parseProblems } from '../support/cards/parse-problems.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { allText } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { activities, post, teamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
const collector = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer);
let view: ReturnView;
let earlier: ReturnView['history'][number];

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  const { toEnter } = await myReturns(server.deps, collector.personId);
  const found = toEnter
    .filter((v) => v.indicator.polarity !== 'none')
    .map((v) => ({ v, h: v.history.filter((h) => h.state === 'authorised' && h.value !== null) }))
    .find((x) => x.h.length > 0);
  if (!found) throw new Error('the Collection Officer has no due return with an earlier figure');
  view = found.v;
  earlier = found.h.at(-1)!;
  await post(server.url, activities.installed(collector, connector.url));
  // 4 better, 12 worse: 5th of 17, the 2nd quartile of 16.
  await standAgainstNewGroup(server.deps.store, view.indicator.id, [
    { periodKey: earlier.periodKey, council: earlier.value!, better: 4, worse: 12, average: null },
  ]);
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('the quartile on the return card', () => {
  it('shows the last period’s quartile beside the target, and the card parses', async () => {
    const res = await connector.invoke(
      server.url,
      activities.invoke(collector, connector.url, 'card.refresh', { returnId: view.id }),
    );
    const card = res.body.value;
    expect(parseProblems(card)).toEqual([]);
    const text = allText(card);
    expect(text).toContain(`Target for ${view.periodLabel}: ${view.targetText}`);
    expect(text).toContain(
      `Against comparators, ${earlier.periodLabel}: 2nd quartile of 16 Test nearest neighbours; ` +
        "Test nearest neighbours: mean of the 16 members' figures",
    );
    // Context, not a rating: the card's own rating is unchanged by the comparators.
    const after = (await myReturns(server.deps, collector.personId)).toEnter.find(
      (v) => v.id === view.id,
    )!;
    expect(after.rating).toEqual(view.rating);
    expect(after.benchmark).toMatchObject({ periodKey: earlier.periodKey, quartile: 2, of: 17 });
  });
});
