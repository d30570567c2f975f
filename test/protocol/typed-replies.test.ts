// Typed replies when more than one return is due: the bot asks which (carrying what was typed), a
// named code picks one, and "n/a" with a reason records the figure as not available.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { allText, cardOf, executeActions } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { activities, post, teamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
const collector = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer);
let wr04: string;
let other: { code: string; returnId: string };

const say = (text: string) => post(server.url, activities.message(collector, connector.url, text));
const lastSent = () => connector.sentTo(collector.conversationId).at(-1)!.body;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  const { store } = server.deps;
  await post(server.url, activities.installed(collector, connector.url));
  const [ind] = await store.query('indicators', { code: 'WR04' });
  wr04 = (await store.query('returns', { indicatorId: ind!.id, state: 'due' }))[0]!.id;
  // Make the Collection Officer collector of a second indicator with a due return.
  for (const r of await store.query('returns', { state: 'due' })) {
    const i = (await store.get('indicators', r.fields.indicatorId))!;
    if (
      i.fields.collectorId === collector.personId ||
      i.fields.retired ||
      i.fields.unit !== 'percentage'
    )
      continue;
    await store.update(
      'indicators',
      i.id,
      i.version,
      { collectorId: collector.personId },
      { actorId: 'system', channel: 'system' },
    );
    other = { code: i.fields.code, returnId: r.id };
    break;
  }
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('typed replies with two returns due', () => {
  it('asks which return a figure is for, offering each due return', async () => {
    await say('20,150 steady');
    const card = cardOf(lastSent());
    expect(allText(card)).toContain('Which return is 20,150 for?');
    const buttons = executeActions(card);
    expect(buttons.map((b) => b.data.returnId).sort()).toEqual([wr04, other.returnId].sort());
    expect(buttons[0].data).toMatchObject({ value: '20,150', commentary: 'steady' });
    expect((await server.deps.store.get('returns', wr04))!.fields.state).toBe('due');
  });

  it('records the figure for the return chosen from that card', async () => {
    const button = executeActions(cardOf(lastSent())).find((b) => b.data.returnId === wr04);
    const res = await post(
      server.url,
      activities.invoke(collector, connector.url, 'return.submit', button.data),
    );
    expect(allText(res.body.value)).toContain('Saved.');
    expect((await server.deps.store.get('returns', wr04))!.fields).toMatchObject({
      state: 'submitted',
      value: 20150,
      commentary: 'steady',
    });
  });

  it('takes "not available" with a reason for a named return', async () => {
    await say(`${other.code.toLowerCase()} n/a survey not run this quarter`);
    expect(allText(cardOf(lastSent()))).toContain('Saved.');
    expect((await server.deps.store.get('returns', other.returnId))!.fields).toMatchObject({
      state: 'submitted',
      value: null,
      notAvailableReason: 'survey not run this quarter',
    });
  });

  it('says so when nothing is due or the named code is not due', async () => {
    await say('WR04 20,000');
    expect(lastSent().text).toMatch(/You have no return due for WR04/);
    await say('5');
    expect(lastSent().text).toMatch(/Nothing is due from you just now/);
  });
});
