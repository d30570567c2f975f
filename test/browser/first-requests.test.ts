// The first page's requests go before the main script has run (issue #18, the stage's cold load):
// in local mode the server names its sign-in mode in index.html, and a small start script of its
// own asks for /me, today and the page's data at once. Held back, the main script must find them
// already asked; and each is asked once (the main script takes the early answers, the auth config
// takes the preload), not twice.
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { TAB_ORIGIN, openStageAs, tabSuite } from './support/index.js';

const suite = tabSuite();

const apiPath = (r: Request) => new URL(r.url()).pathname;

describe('the stage dashboard on a cold load', () => {
  it('asks for its data while the main script is still held back, and asks once', async () => {
    const asked: string[] = [];
    let dataAsked: () => void = () => {};
    const dataSeen = new Promise<'data asked'>(
      (resolve) => (dataAsked = () => resolve('data asked')),
    );
    // Routes run newest first: this one holds the main script, then hands it to the proxy.
    let released: string | null = null;
    const { page, tab } = await openStageAs(
      suite.browser,
      suite.server.url,
      DEMO_PEOPLE_IDS.leadership,
      {
        tabPath: '/?context=meeting#/dashboard',
        meetingId: 'first-requests',
        beforeLoad: async (context) => {
          context.on('request', (r) => {
            if (!r.url().startsWith(`${TAB_ORIGIN}/api/`)) return;
            asked.push(apiPath(r));
            if (apiPath(r) === '/api/dashboard') dataAsked();
          });
          await context.route(`${TAB_ORIGIN}/assets/index-*.js`, async (route) => {
            const timeout = new Promise<'timed out'>((r) =>
              setTimeout(() => r('timed out'), 10_000),
            );
            released = await Promise.race([dataSeen, timeout]);
            await route.fallback();
          });
        },
      },
    );
    await tab.getByRole('heading', { level: 2, name: /^Exceptions \(/ }).waitFor();
    await page.context().close();
    expect(released).toBe('data asked');
    // Before the main script ran: who is signed in, today and the dashboard, all at once.
    expect(asked.slice(0, 4).sort()).toEqual(
      ['/api/auth/config', '/api/dashboard', '/api/me', '/api/today'].sort(),
    );
    const times = (p: string) => asked.filter((a) => a === p).length;
    expect([
      times('/api/auth/config'),
      times('/api/me'),
      times('/api/today'),
      times('/api/dashboard'),
    ]).toEqual([1, 1, 1, 1]);
  }, 60_000);
});
