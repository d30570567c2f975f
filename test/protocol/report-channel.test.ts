// `post reports here` typed in a Teams channel, over the Bot Framework protocol (real HTTP POSTs to
// /api/messages of the real server, a local connector recording what the bot sends): only the
// performance team may choose the channel; the setting is audited; the next quarter to complete
// posts its card there, once, linking to the tab's Reports page; `stop posting reports here` ends it.
// The quarter is found in the demo as built for the suite's day (issue #12): one that has ended with
// returns outstanding, else the newest complete one, brought to one return short of complete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import type { StoredReturn } from '../../src/app/returns/return-view.js';
import { parsePeriod } from '../../src/domain/periods/index.js';
import { onQuarterMaybeComplete, quarterCompletion } from '../../src/reports/index.js';
import { nearlyCompleteQuarter, quarterToComplete } from '../support/nearly-complete-quarter.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';
import { allText, cardOf } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import {
  TENANT,
  activities,
  post,
  teamsChannel,
  teamsUser,
  type TeamsUser,
} from './support/teams.js';

const admin = teamsUser(DEMO_PEOPLE_IDS.admin, 'Performance team');
const officer = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer, 'Collection Officer');
const performance = teamsChannel('Performance');
const general = teamsChannel('General');

let server: TestServer;
let connector: Connector;

/** What the bot answered in the channel thread of this message. */
async function sayInChannel(user: TeamsUser, text: string, channel = performance) {
  const activity = activities.channelMessage(user, connector.url, channel, text);
  const res = await post(server.url, activity);
  expect(res.status).toBe(200);
  const [reply] = connector.sentTo(activity.conversation.id);
  return String(reply?.body.text);
}

async function sayInChat(user: TeamsUser, text: string) {
  await post(server.url, activities.message(user, connector.url, text));
  return String(connector.sentTo(user.conversationId).at(-1)?.body.text);
}

const setting = async () =>
  (await server.deps.store.query('settings', { key: 'reportChannel' }))[0] ?? null;

beforeAll(async () => {
  [server, connector] = await Promise.all([
    startTestServer({ publicBaseUrl: 'https://gt.example.gov.uk' }),
    startConnector(),
  ]);
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('choosing the report channel', () => {
  it('refuses an officer who is not in the performance team, and changes nothing', async () => {
    expect(await sayInChannel(officer, 'post reports here')).toBe(
      'Only the performance team can choose where quarter-complete cards are posted. Nothing has changed.',
    );
    expect(await setting()).toBeNull();
  });

  it("keeps a person's returns and figures out of a channel, and records nothing", async () => {
    const mine = { actorId: DEMO_PEOPLE_IDS.collectionOfficer };
    const before = await server.deps.store.audit(mine);
    for (const text of ['my returns', 'WR01 52.4', 'status WR01']) {
      expect(await sayInChannel(officer, text)).toMatch(/^I answer that in your own chat/);
    }
    expect(await server.deps.store.audit(mine)).toHaveLength(before.length);
  });

  it('explains, in a 1:1 chat, that it is typed in the channel', async () => {
    expect(await sayInChat(admin, 'post reports here')).toMatch(
      /^Type this in the team channel where quarter-complete cards should go/,
    );
    expect(await setting()).toBeNull();
  });

  it('stores the channel (not the thread), the service URL and tenant, audited', async () => {
    expect(await sayInChannel(admin, 'post reports here')).toBe(
      'Quarter-complete cards will be posted in this channel.',
    );
    const item = (await setting())!;
    expect(item.fields.value).toEqual({
      conversationId: performance.channelId,
      serviceUrl: connector.url,
      tenantId: TENANT,
    });
    const [audit] = await server.deps.store.audit({ list: 'settings', itemId: item.id });
    expect(audit).toMatchObject({
      actorId: admin.personId,
      channel: 'bot',
      event: 'settings.report-channel-set',
    });
  });

  it('lists both commands in the help card', async () => {
    const activity = activities.channelMessage(admin, connector.url, performance, 'help');
    await post(server.url, activity);
    const help = allText(cardOf(connector.sentTo(activity.conversation.id)[0]!.body));
    expect(help).toContain('post reports here');
    expect(help).toContain('stop posting reports here');
  });
});

describe('the next quarter to complete', () => {
  it('posts its card in that channel once, linking to the Reports page', async () => {
    const quarter = parsePeriod(await quarterToComplete(server.deps));
    const [last] = (await nearlyCompleteQuarter(server.deps, quarter.key, 1)) as [StoredReturn];
    expect((await quarterCompletion(server.deps, quarter)).outstanding).toHaveLength(1);
    const indicator = await server.deps.store.get('indicators', last.fields.indicatorId);
    const res = await apiAs(server.url, indicator!.fields.authoriserId).post(
      `/api/returns/${last.id}/authorise`,
      { version: last.version },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const sent = connector.sentTo(performance.channelId);
    expect(sent).toHaveLength(1);
    const card = cardOf(sent[0]!.body);
    expect(allText(card)).toContain(`${quarter.label} is fully authorised`);
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Open the report',
        url: `https://gt.example.gov.uk/#/reports?period=${encodeURIComponent(quarter.key)}`,
      },
    ]);
    // Another authorisation hook for the same quarter (late or racing, here for its last month)
    // posts nothing more.
    const deps = { ...server.deps, baseUrl: 'https://gt.example.gov.uk' };
    const notifier = { postQuarterComplete: () => Promise.reject(new Error('must not post')) };
    const lastMonth = quarter.end.slice(0, 7);
    expect(await onQuarterMaybeComplete(deps, lastMonth, notifier)).toBe(false);
    expect(connector.sentTo(performance.channelId)).toHaveLength(1);
  });
});

describe('stopping', () => {
  it('leaves the setting alone when typed in another channel', async () => {
    expect(await sayInChannel(admin, 'stop posting reports here', general)).toMatch(
      /^Quarter-complete cards are posted in another channel, not this one/,
    );
    expect(await setting()).not.toBeNull();
  });

  it('refuses an officer', async () => {
    expect(await sayInChannel(officer, 'stop posting reports here')).toMatch(
      /^Only the performance team/,
    );
    expect(await setting()).not.toBeNull();
  });

  it('clears the setting when the performance team types it in the channel, audited', async () => {
    const id = (await setting())!.id;
    expect(await sayInChannel(admin, 'stop posting reports here')).toBe(
      'Quarter-complete cards will no longer be posted in this channel.',
    );
    expect(await setting()).toBeNull();
    const audits = await server.deps.store.audit({ list: 'settings', itemId: id });
    expect(audits.map((a) => a.event)).toContain('settings.report-channel-cleared');
    expect(await sayInChannel(admin, 'stop posting reports here')).toBe(
      'Quarter-complete cards are not being posted in any channel.',
    );
  });
});
