// The quarter-complete card through the real server: an authorisation through the API (the tab)
// that leaves a return outstanding posts nothing; the last one, clicked on a card in Teams, posts
// the card to the configured report channel (a local Bot Framework connector records it), with the
// headline counts and a link to the tab's Reports page; the card renders with the adaptivecards
// library.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredReturn } from '../../src/app/returns/return-view.js';
import { allText, cardOf } from '../protocol/support/cards.js';
import { startConnector, type Connector } from '../protocol/support/connector.js';
import { cardPage, launch, renderCard, screenshotCard } from '../protocol/support/render-card.js';
import { TENANT, activities, post, teamsUser } from '../protocol/support/teams.js';
import { parsePeriod, type Period } from '../../src/domain/periods/index.js';
import { nearlyCompleteQuarter, quarterToComplete } from '../support/nearly-complete-quarter.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

const CHANNEL = '19:performance-team@thread.tacv2';
let server: TestServer;
let connector: Connector;
let browser: Browser;
let last: StoredReturn[];
let quarter: Period;

const system = { actorId: 'system', channel: 'system' as const, event: 'test.setup' };

beforeAll(async () => {
  [server, connector, browser] = await Promise.all([
    startTestServer({ publicBaseUrl: 'https://gt.example.gov.uk' }),
    startConnector(),
    launch(),
  ]);
  await server.deps.store.create(
    'settings',
    {
      key: 'reportChannel',
      value: { conversationId: CHANNEL, serviceUrl: connector.url, tenantId: TENANT },
    },
    system,
  );
  quarter = parsePeriod(await quarterToComplete(server.deps));
  last = await nearlyCompleteQuarter(server.deps, quarter.key, 2);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await connector?.close();
});

async function authoriserOf(ret: StoredReturn): Promise<string> {
  const indicator = await server.deps.store.get('indicators', ret.fields.indicatorId);
  return indicator!.fields.authoriserId;
}

describe('when a quarter becomes fully authorised', () => {
  it('posts nothing while a return of the quarter is still outstanding (tab/API)', async () => {
    const ret = last[0]!;
    const res = await apiAs(server.url, await authoriserOf(ret)).post(
      `/api/returns/${ret.id}/authorise`,
      { version: ret.version },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.state).toBe('authorised');
    expect(connector.sentTo(CHANNEL)).toHaveLength(0);
  });

  it('posts the card to the report channel after the last authorisation (Teams card)', async () => {
    const ret = last[1]!;
    const user = teamsUser(await authoriserOf(ret), 'Authorising Officer');
    const res = await post(
      server.url,
      activities.invoke(user, connector.url, 'return.authorise', {
        returnId: ret.id,
        version: ret.version,
      }),
    );
    expect(res.status).toBe(200);
    expect(allText(res.body.value)).toContain('Authorised. Thank you.');
    const sent = connector.sentTo(CHANNEL);
    expect(sent).toHaveLength(1);
    const card = cardOf(sent[0]!.body);
    const text = allText(card);
    expect(text).toContain(`${quarter.label} is fully authorised`);
    expect(text).toMatch(/Action: \d+/);
    // The tab's Reports page: the report API needs a bearer token a link cannot carry.
    expect(card.actions[0].url).toBe(
      `https://gt.example.gov.uk/#/reports?period=${encodeURIComponent(quarter.key)}`,
    );
    const page = await cardPage(browser);
    const rendered = await renderCard(page, card);
    expect(rendered.problems).toEqual([]);
    expect(rendered.text).toContain('Open the report');
    await screenshotCard(page, 'quarter-complete');
    await page.close();
  });
});
