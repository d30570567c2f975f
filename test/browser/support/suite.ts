// What every tab suite shares: one server on the demo council, one Chromium, the demo people's
// names (tests sign in by name, as a person would pick themselves), and an accessibility check
// that photographs each page it looks at, and a way to open the tab as one of them. Registered with beforeAll/afterAll, so each suite file
// says `const suite = tabSuite()` and reads `suite.server`, `suite.browser` inside its tests.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { axeProblems, type A11yProblem } from './a11y.js';
import { launchChromium } from './browser.js';
import { ensureTabBuilt } from './build-tab.js';
import { screenshot } from './screenshots.js';
import { signInAs } from './tab-actions.js';
import { startTestServer, type TestServer } from './test-server.js';

export interface TabSuite {
  server: TestServer;
  browser: Browser;
  /** Demo person id → display name. */
  names: Map<string, string>;
  /** Accessibility problems found by `check`, by page name (expected empty at the end). */
  problems: Record<string, A11yProblem[]>;
  /** Waits for the page to settle, records its axe problems, and photographs it. */
  check(page: Page, name: string): Promise<void>;
  /**
   * A new en-GB, London-time page on the tab, signed in as the demo person with this id; with
   * `forcedColors`, as Windows high contrast shows it.
   */
  openAs(
    personId: string,
    theme?: 'light' | 'dark',
    width?: number,
    forcedColors?: boolean,
  ): Promise<Page>;
}

export function tabSuite(): TabSuite {
  const suite = { names: new Map(), problems: {} } as TabSuite;
  suite.check = async (page, name) => {
    await page.getByRole('main').waitFor();
    await page
      .locator('[role=progressbar]')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => {});
    const found = await axeProblems(page);
    if (found.length) suite.problems[name] = found;
    await screenshot(page, name);
  };
  suite.openAs = async (personId, theme = 'light', width = 1280, forcedColors = false) => {
    const context = await suite.browser.newContext({
      ...(forcedColors ? { forcedColors: 'active' as const } : {}),
      colorScheme: theme,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(suite.server.url);
    await signInAs(page, suite.names.get(personId)!);
    return page;
  };
  beforeAll(async () => {
    await ensureTabBuilt();
    suite.server = await startTestServer();
    suite.browser = await launchChromium();
    const people = (await (await fetch(`${suite.server.url}/api/dev/people`)).json()) as {
      id: string;
      name: string;
    }[];
    suite.names = new Map(people.map((p) => [p.id, p.name]));
  }, 180_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
