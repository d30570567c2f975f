// Notifications belong to the application (issue 15): a decision taken in the tab reaches the next
// person's Teams chat exactly as one taken on a card does. A figure entered through the tab's API
// brings the checker a check card; checked in the tab, the card already in the checker's chat is
// brought up to date and the authoriser is sent theirs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { myReturns } from '../../src/app/returns/my-returns.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';
import { action, cardOf } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { ordinaryFigure, ratedWithHistory } from './support/demo-work.js';
import { activities, post, teamsUser, type TeamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
let view: ReturnView;
let checker: TeamsUser;
let authoriser: TeamsUser;
const collectorId = DEMO_PEOPLE_IDS.collectionOfficer;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  const { toEnter } = await myReturns(server.deps, collectorId);
  // A figure whose usual value passes the plausibility check, with three different officers.
  const found = toEnter.find(
    (v) =>
      ratedWithHistory(v) &&
      v.responsible &&
      v.authoriser &&
      new Set([collectorId, v.responsible.id, v.authoriser.id]).size === 3,
  );
  if (!found) throw new Error('the Collection Officer has no return with three separate officers');
  view = found;
  checker = teamsUser(view.responsible!.id, 'Responsible Officer');
  authoriser = teamsUser(view.authoriser!.id, 'Authorising Officer');
  // The checker and authoriser have the bot in Teams; the Collection Officer uses only the tab.
  for (const u of [checker, authoriser])
    await post(server.url, activities.installed(u, connector.url));
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('a decision in the tab', () => {
  it('sends the checker a check card when the figure is entered in the tab', async () => {
    const res = await apiAs(server.url, collectorId).post(`/api/returns/${view.id}/submit`, {
      version: view.version,
      value: ordinaryFigure(view).value,
      commentary: 'Entered in the tab',
    });
    expect(res.status).toBe(200);
    await connector.until('the check card', () =>
      connector.sentTo(checker.conversationId).some((r) => cardOf(r.body)),
    );
    await server.idle();
    const sent = connector.sentTo(checker.conversationId).filter((r) => cardOf(r.body));
    expect(sent).toHaveLength(1);
    const saved = (await server.deps.store.get('returns', view.id))!;
    expect(action(cardOf(sent[0]!.body), 'return.check').data).toEqual({
      returnId: view.id,
      version: saved.version,
    });
    // Nothing went to the authoriser yet: it is not their turn.
    expect(connector.sentTo(authoriser.conversationId).filter((r) => cardOf(r.body))).toHaveLength(
      0,
    );
  });

  it('updates the card in the checker’s chat and sends the authoriser theirs when checked in the tab', async () => {
    const before = (await server.deps.store.get('returns', view.id))!;
    const checkCard = connector.sentTo(checker.conversationId).find((r) => cardOf(r.body))!;
    const res = await apiAs(server.url, checker.personId).post(`/api/returns/${view.id}/check`, {
      version: before.version,
    });
    expect(res.status).toBe(200);
    await connector.until('the authorise card', () =>
      connector.sentTo(authoriser.conversationId).some((r) => cardOf(r.body)),
    );
    await server.idle();
    const authoriseCard = cardOf(
      connector.sentTo(authoriser.conversationId).find((r) => cardOf(r.body))!.body,
    );
    const checked = (await server.deps.store.get('returns', view.id))!;
    expect(checked.fields.state).toBe('checked');
    expect(action(authoriseCard, 'return.authorise').data).toEqual({
      returnId: view.id,
      version: checked.version,
    });
    // The copy in the checker's chat was replaced: it no longer offers a check.
    const updates = connector.updatesOf(checkCard.activityId);
    expect(updates.length).toBeGreaterThan(0);
    const latest = cardOf(updates.at(-1)!.body);
    expect(action(cardOf(checkCard.body), 'return.check')).toBeDefined();
    expect(action(latest, 'return.check')).toBeUndefined();
  });
});
