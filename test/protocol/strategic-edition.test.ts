// The strategic dashboard edition card (issue 17) through the real server and the Bot Framework
// protocol (a local connector records what the bot sends): with only the report channel set, the
// edition goes there; the performance team types `post dashboards here` in the Leadership Team's
// channel (an officer is refused), and the edition job then posts the card there exactly once,
// however often it runs and even when two runs race. The card renders with the adaptivecards
// library and links to the tab's Strategic dashboard page for the edition's date.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strategicEditionJob, type EditionJob } from '../../src/compose/strategic-notice.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { formatDate, londonDate } from '../../src/domain/periods/index.js';
import { latestEdition } from '../../src/domain/strategic/index.js';
import { loadStrategicCadence } from '../../src/app/strategic-dashboard/index.js';
import { loadConfig } from '../../src/platform/config/config.js';
import { createLogger } from '../../src/platform/logging/logger.js';
import { FIXED_NOW, startTestServer, type TestServer } from '../support/test-server.js';
import { allText, cardOf } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { cardPage, launch, renderCard, screenshotCard } from './support/render-card.js';
import { TENANT, activities, post, teamsChannel, teamsUser } from './support/teams.js';

const BASE = 'https://gt.example.gov.uk';
const REPORTS = '19:performance-team@thread.tacv2';
const leadership = teamsChannel('Leadership Team');
const admin = teamsUser(DEMO_PEOPLE_IDS.admin, 'Performance team');
const officer = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer, 'Collection Officer');
const system = { actorId: 'system', channel: 'system' as const, event: 'test.setup' };

let server: TestServer;
let connector: Connector;
let browser: Browser;
let job: EditionJob;
let edition: string;

beforeAll(async () => {
  [server, connector, browser] = await Promise.all([
    startTestServer({ publicBaseUrl: BASE }),
    startConnector(),
    launch(),
  ]);
  await server.deps.store.create(
    'settings',
    {
      key: 'reportChannel',
      value: { conversationId: REPORTS, serviceUrl: connector.url, tenantId: TENANT },
    },
    system,
  );
  const config = loadConfig({ publicBaseUrl: BASE, port: 0 }, {});
  job = strategicEditionJob({ config, deps: server.deps, logger: createLogger('silent') });
  // The edition due at the suite's moment, from the demo's own cadence.
  edition = latestEdition(await loadStrategicCadence(server.deps.store), londonDate(FIXED_NOW))!;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await connector?.close();
});

async function sayIn(user: ReturnType<typeof teamsUser>, text: string): Promise<string> {
  const activity = activities.channelMessage(user, connector.url, leadership, text);
  expect((await post(server.url, activity)).status).toBe(200);
  return String(connector.sentTo(activity.conversation.id).at(-1)?.body.text);
}

describe('the strategic dashboard edition card', () => {
  it('goes to the report channel while no leadership channel is set', async () => {
    expect(edition).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await job()).toBe(edition);
    const sent = connector.sentTo(REPORTS);
    expect(sent).toHaveLength(1);
    expect(allText(cardOf(sent[0]!.body))).toContain(`Strategic dashboard: ${formatDate(edition)}`);
    // A new edition for the rest of the suite: forget this one's claim.
    await server.deps.store.delete(
      'settings',
      `strategic-edition-${edition}`,
      (await server.deps.store.get('settings', `strategic-edition-${edition}`))!.version,
      system,
    );
  });

  it('lets only the performance team choose the Leadership Team channel', async () => {
    expect(await sayIn(officer, 'post dashboards here')).toBe(
      'Only the performance team can choose where strategic dashboard editions are posted. Nothing has changed.',
    );
    expect(await sayIn(admin, 'post dashboards here')).toBe(
      'Strategic dashboard editions will be posted in this channel.',
    );
    const [item] = await server.deps.store.query('settings', { key: 'leadershipChannel' });
    expect(item?.fields.value).toMatchObject({ conversationId: leadership.channelId });
  });

  it('posts each edition once, however often the job runs and when two runs race', async () => {
    const runs = await Promise.all([job(), job()]);
    expect(runs.filter((r) => r === edition)).toHaveLength(1);
    expect(await job()).toBeNull();
    const sent = connector.sentTo(leadership.channelId);
    expect(sent).toHaveLength(1);
    expect(connector.sentTo(REPORTS)).toHaveLength(1);
    const card = cardOf(sent[0]!.body);
    const text = allText(card);
    expect(text).toContain(`Strategic dashboard: ${formatDate(edition)}`);
    expect(text).toMatch(/Action: \d+/);
    expect(text).toMatch(/Risks above tolerance: \d+/);
    expect(text).toMatch(/Forecast outturn -?£[\d,]+ against a current budget of/);
    expect(card.actions[0].url).toBe(`${BASE}/#/strategic?asAt=${edition}`);
    const page = await cardPage(browser);
    const rendered = await renderCard(page, card);
    expect(rendered.problems).toEqual([]);
    expect(rendered.text).toContain('Open the dashboard');
    expect(rendered.text).toContain('Key development areas, worst first');
    await screenshotCard(page, 'strategic-edition');
    await page.close();
  });
});
