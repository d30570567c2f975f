// Two things a person meets away from the happy path. A Teams deep link (a card's or a chat's
// "open in Golden Thread") lands on the page it names: Teams gives the tab its subEntityId through
// the SDK context. And a return someone else moved on while it was open on my screen (409): My work
// says so at the top, says what was not saved, and shows the latest.
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import type { MyReturns } from '../../src/tab/shared/api/index.js';
import {
  HOST_ORIGIN,
  checkTabFrame,
  returnCard,
  routeTeamsHost,
  signInAs,
  tabSuite,
  waitForStatus,
} from './support/index.js';

const suite = tabSuite();

describe('deep links and conflicts', () => {
  it('opens the page a Teams deep link names', async () => {
    const context = await suite.browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 900 },
    });
    await routeTeamsHost(
      context,
      suite.server.url,
      {
        frameContext: 'content',
        theme: 'default',
        token: 'unused-in-local-mode',
        tabPath: '/?context=personal',
        subEntityId: 'indicators/WR01',
      },
      { 'x-gt-user': DEMO_PEOPLE_IDS.leadership },
    );
    const page = await context.newPage();
    await page.goto(`${HOST_ORIGIN}/_stand-in`);
    const tab = (await (await page.waitForSelector('iframe#tab')).contentFrame())!;
    await tab.getByRole('heading', { level: 1, name: /^WR01 / }).waitFor();
    expect(await tab.evaluate(() => window.location.hash)).toBe('#/indicators/WR01');
    expect(await checkTabFrame(page, tab, 'deep-link-indicator')).toEqual([]);
    await context.close();
  }, 60_000);

  it('says kindly when someone else moved a return on first, and shows the latest', async () => {
    const checker = DEMO_PEOPLE_IDS.responsibleOfficer;
    const mine = await suite.server.apiAs<MyReturns>(checker, '/api/returns/mine');
    const ret = mine.toCheck[0];
    expect(ret, 'the demo Responsible Officer has a return to check').toBeDefined();
    const what = `${ret!.indicator.code} for ${ret!.periodLabel}`;
    const context = await suite.browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(suite.server.url);
    await signInAs(page, suite.names.get(checker)!);
    const card = returnCard(page, 'To check', `${ret!.indicator.code} ${ret!.periodLabel}`);
    await card.waitFor();

    // Meanwhile, in another window, the same return is sent back.
    const res = await fetch(`${suite.server.url}/api/returns/${ret!.id}/send-back`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gt-user': checker },
      body: JSON.stringify({ version: ret!.version, reason: 'Sent back from my phone.' }),
    });
    expect(res.status).toBe(200);

    await card.getByRole('button', { name: `Pass ${what}` }).click();
    const said = await waitForStatus(page, 'changed by someone else');
    expect(said).toBe(
      `${what} was changed by someone else while you had it open, so your check was not saved. ` +
        'My work now shows the latest: please look again.',
    );
    // The latest: it went back to the Collection Officer, so it is no longer mine to check.
    await card.waitFor({ state: 'detached' });
    await suite.check(page, 'conflict-my-work');
    await context.close();
    expect(suite.problems).toEqual({});
  }, 60_000);
});
