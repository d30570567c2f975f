// The deep-dive review card (issue 16) over real HTTP into the real botbuilder adapter: the
// digest's "Open the deep-dive review" (deepDive.refresh) answers with the review as the clicker
// sees it now — its questions and answers, where it stands, the link to the tab it was sent with —
// and refreshes for its lead only; a review that no longer exists is said so in words. The review
// and people are found in the demo as built for the suite's day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDeepDives, type DeepDiveView } from '../../src/app/deep-dives/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { allText } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { activities, post, teamsUser, type TeamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
let review: DeepDiveView;
let lead: TeamsUser;
const TAB = 'http://localhost:3978/#/indicators/X';

const invoke = (u: TeamsUser, data: Record<string, unknown>) =>
  connector.invoke(server.url, activities.invoke(u, connector.url, 'deepDive.refresh', data));

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  review = (await listDeepDives(server.deps, DEMO_PEOPLE_IDS.admin, { status: 'open' }))[0]!;
  lead = teamsUser(review.lead.id);
  await post(server.url, activities.installed(lead, connector.url));
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('the deep-dive card in chat', () => {
  it('opens for the lead with the questions, where it stands and the link to the tab', async () => {
    const res = await invoke(lead, { deepDiveId: review.id, version: review.version, tabUrl: TAB });
    expect(res.status).toBe(200);
    const card = res.body.value;
    const words = allText(card);
    expect(words).toContain(`Deep-dive review · ${review.standing}`);
    expect(words).toContain(`Questions answered: ${review.answered} of 6`);
    expect(words).toContain('Why is this the case?');
    expect(words).toContain('on the indicator’s page in Golden Thread');
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open the review in Golden Thread', url: TAB },
    ]);
    expect(card.refresh.userIds).toEqual([lead.userId]);
  });

  it('says so when the review no longer exists', async () => {
    const res = await invoke(lead, { deepDiveId: 'gone', version: '1' });
    expect(allText(res.body.value)).toContain('That deep-dive review no longer exists.');
  });
});
