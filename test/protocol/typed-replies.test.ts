// Typed replies when more than one return is due: the bot asks which (carrying what was typed), a
// named code picks one, and "n/a" with a reason records the figure as not available. The returns
// and the figure are found in the demo as built for the suite's day (issue #12).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { myReturns } from '../../src/app/returns/my-returns.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { allText, cardOf, executeActions } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { enterAllBut, ordinaryFigure, type Figure } from './support/demo-work.js';
import { activities, post, teamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
const collector = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer);
/** The Collection Officer's oldest due WR01 month (the demo always has WR01 overdue). */
let wr01: ReturnView;
/** A figure about the size of that return's recent ones, so it is saved without a question. */
let typed: Figure;
let other: { code: string; returnId: string };

const say = (text: string) => post(server.url, activities.message(collector, connector.url, text));
const lastSent = () => connector.sentTo(collector.conversationId).at(-1)!.body;
const toEnter = async () => (await myReturns(server.deps, collector.personId)).toEnter;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  const { store } = server.deps;
  await post(server.url, activities.installed(collector, connector.url));
  const found = (await toEnter()).find((v) => v.indicator.code === 'WR01');
  if (!found) throw new Error('the demo promises the Collection Officer WR01 to enter');
  wr01 = found;
  typed = ordinaryFigure(wr01);
  // Make the Collection Officer collector of a second indicator with exactly one due return, so
  // its code reaches that return and, once it is in, nothing of it is due.
  const due = await store.query('returns', { state: 'due' });
  for (const r of due) {
    const i = (await store.get('indicators', r.fields.indicatorId))!;
    if (i.fields.collectorId === collector.personId || i.fields.retired) continue;
    if (due.filter((d) => d.fields.indicatorId === i.id).length !== 1) continue;
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
  if (!other) throw new Error('no other indicator has exactly one return due on this day');
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('typed replies with more than one return due', () => {
  it('asks which return a figure is for, offering each due return', async () => {
    const due = await toEnter();
    expect(due.map((v) => v.id)).toEqual(expect.arrayContaining([wr01.id, other.returnId]));
    await say(`${typed.text} steady`);
    const card = cardOf(lastSent());
    expect(allText(card)).toContain(`Which return is ${typed.text} for?`);
    const buttons = executeActions(card);
    // Each due return (up to six), most urgent first.
    expect(buttons.map((b) => b.data.returnId)).toEqual(due.slice(0, 6).map((v) => v.id));
    expect(buttons[0].data).toMatchObject({ value: typed.text, commentary: 'steady' });
    expect((await server.deps.store.get('returns', wr01.id))!.fields.state).toBe('due');
  });

  it('records the figure for the return chosen from that card', async () => {
    const button = executeActions(cardOf(lastSent())).find((b) => b.data.returnId === wr01.id);
    const res = await post(
      server.url,
      activities.invoke(collector, connector.url, 'return.submit', button.data),
    );
    expect(allText(res.body.value)).toContain('Saved.');
    expect((await server.deps.store.get('returns', wr01.id))!.fields).toMatchObject({
      state: 'submitted',
      value: typed.value,
      commentary: 'steady',
    });
  });

  it('takes "not available" with a reason for a named return', async () => {
    await say(`${other.code.toLowerCase()} n/a survey not run this period`);
    expect(allText(cardOf(lastSent()))).toContain('Saved.');
    expect((await server.deps.store.get('returns', other.returnId))!.fields).toMatchObject({
      state: 'submitted',
      value: null,
      notAvailableReason: 'survey not run this period',
    });
  });

  it('says so when nothing is due or the named code is not due', async () => {
    const still = (await toEnter()).map((v) => v.indicator.code);
    await say(`${other.code} 45`);
    expect(lastSent().text).toBe(
      `You have no return due for ${other.code}.${still.length ? ` Due from you: ${still.join(', ')}.` : ''}`,
    );
    // Later WR01 months may still be due on this day: record them as not available through the
    // application, so that nothing at all is due from the officer.
    await enterAllBut(server.deps, collector.personId, null);
    expect(await toEnter()).toEqual([]);
    await say('5');
    expect(lastSent().text).toMatch(/Nothing is due from you just now/);
  });
});
