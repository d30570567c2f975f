// The public open-data page in Chromium, as a resident would open it: no sign-in, WCAG 2.2 AA by
// axe (plus best practice) at 320 and 1366 CSS pixels and in a light and a dark colour scheme, no
// sideways page scroll at 320 with every column of every figure on screen (the table reflows into
// stacked rows), a period picker of labels that works without scripts, the licence linked, and a
// keyboard path in (the skip link is the first stop and visibly focused). The server runs at the
// suite's fixed moment; periods are found in the picker rather than assumed.
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeProblems,
  launchChromium,
  screenshot,
  SCREENSHOT_DIR,
  startTestServer,
  type TestServer,
} from './support/index.js';

const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
const PHONE = { width: 320, height: 640 };
const LAPTOP = { width: 1366, height: 900 };

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  path: string,
  viewport = LAPTOP,
  options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport, ...options });
  const page = await context.newPage();
  const res = await page.goto(server.url + path);
  expect(res?.status()).toBe(200);
  await page.getByRole('heading', { level: 1, name: 'Performance open data' }).waitFor();
  return page;
}

async function wcag22Problems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag22a', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Cells (of the first `limit` rows) that reach past the viewport's right edge or are not shown, by
 * their text. An empty cell (no commentary) is left out of the stack on purpose.
 */
const cellsOffScreen = (page: Page, limit = 40) =>
  page.evaluate((limit) => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('tbody tr')]
      .slice(0, limit)
      .flatMap((tr) => [...tr.children])
      .filter((c) => c.textContent !== '')
      .filter((c) => {
        const box = c.getBoundingClientRect();
        return box.width === 0 || box.left < 0 || box.right > width + 0.5;
      })
      .map((c) => c.textContent ?? '');
  }, limit);

describe('the open-data page', () => {
  it('has no accessibility problems at 1366 pixels, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open('/open-data?period=2025-10', LAPTOP, { colorScheme });
      expect(await axeProblems(page), colorScheme).toEqual([]);
      expect(await wcag22Problems(page), colorScheme).toEqual([]);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `open-data-${colorScheme}`);
      await page.context().close();
    }
  });

  it('reflows at 320 pixels wide: no sideways scroll, every column of every figure on screen', async () => {
    for (const period of ['2025-10', 'all']) {
      const page = await open(`/open-data?period=${period}`, PHONE);
      expect(await sidewaysScroll(page), period).toBeLessThanOrEqual(0);
      expect(await cellsOffScreen(page), period).toEqual([]);
      // Each stacked cell still says which column it is (generated text, so read from the style).
      const labels = await page
        .locator('tbody tr')
        .first()
        .locator('th, td')
        .evaluateAll((cells) => cells.map((c) => getComputedStyle(c, '::before').content));
      const columns =
        period === 'all'
          ? ['Period', 'Value', 'Target', 'Rating', 'Commentary']
          : ['Code', 'Indicator', 'Period', 'Value', 'Target', 'Rating', 'Commentary'];
      expect(labels.join(' '), period).toMatch(new RegExp(columns.join('.*')));
      // …and to a screen reader the table is still a table with its headers.
      const cell = page.getByRole('cell').first();
      await expect(cell.getAttribute('data-label')).resolves.toBe(columns[1]);
      const firstTable = page.getByRole('table').first();
      expect(await firstTable.getByRole('columnheader').count()).toBe(columns.length);
      if (period === 'all') {
        // Every indicator's table comes from one template, and axe takes a minute over the whole
        // history's thousands of cells, so it checks the page with its first three tables.
        await page.evaluate(() =>
          document.querySelectorAll('main section:nth-of-type(n+4)').forEach((t) => t.remove()),
        );
      }
      expect(await axeProblems(page), period).toEqual([]);
      if (period === 'all') {
        // The full history is long: the first screen is what a resident sees.
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'open-data-narrow-all.png') });
      } else {
        await screenshot(page, 'open-data-narrow');
      }
      await page.context().close();
    }
  }, 60_000);

  it('names and links the Open Government Licence', async () => {
    const page = await open('/open-data');
    const link = page.getByRole('link', { name: 'Open Government Licence v3.0' });
    await expect(link.getAttribute('href')).resolves.toBe(OGL);
    await expect(link.getAttribute('rel')).resolves.toBe('license');
    await page.context().close();
  });

  it('starts with a visible skip link that moves focus to the data', async () => {
    const page = await open('/open-data');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the data' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.width > 0).toBe(true);
    await page.keyboard.press('Enter');
    // Following the link is a navigation the page does in its own time, so wait for it.
    await expect.poll(() => new URL(page.url()).hash).toBe('#main');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('main')?.matches(':target') ?? false))
      .toBe(true);
    await page.context().close();
  });

  it('chooses another period from a labelled picker of labels, without scripts', async () => {
    const page = await open('/open-data?period=2025-10', LAPTOP, { javaScriptEnabled: false });
    const picker = page.getByLabel('Period');
    expect(await picker.evaluate((el) => el.tagName)).toBe('SELECT');
    expect(await picker.inputValue()).toBe('2025-10');
    const labels = await picker.locator('option').allInnerTexts();
    expect(labels[0]).toBe('All periods (full history)');
    expect(labels).toContain('Oct 2025');
    // Labels a person reads, never keys to type.
    expect(labels.filter((l) => /^\d{4}-\d{2}$|^\d{4}\/\d{2} [QH]\d$/.test(l))).toEqual([]);
    const groups = await picker
      .locator('optgroup')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
    expect(groups).toContain('Months');
    // A quarter, found in the picker.
    const quarter = labels.find((l) => /^Q\d \d{4}\/\d{2}$/.test(l));
    expect(quarter).toBeDefined();
    await picker.selectOption({ label: quarter! });
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('table', { name: `Published indicators, ${quarter}` }).waitFor();
    const [q, year] = quarter!.split(' ');
    expect(new URL(page.url()).searchParams.get('period')).toBe(`${year} ${q}`);
    expect(await page.getByLabel('Period').inputValue()).toBe(`${year} ${q}`);

    await page.getByLabel('Period').selectOption({ label: 'All periods (full history)' });
    await page.getByRole('button', { name: 'Show' }).click();
    await page
      .getByRole('heading', { level: 2, name: 'Every authorised figure, by indicator' })
      .waitFor();
    // One table per indicator, named for it.
    await page
      .getByRole('table', { name: /^[A-Z]{2}\d{2} .+: every authorised figure, newest first$/ })
      .first()
      .waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toBe('all');
    await expect(
      page.getByRole('link', { name: 'CSV, all periods' }).getAttribute('href'),
    ).resolves.toBe('/open-data.csv?period=all');
    await page.context().close();
  }, 90_000);

  it('shows a period it cannot read with the reason, tied to the picker', async () => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: LAPTOP });
    const page = await context.newPage();
    const res = await page.goto(`${server.url}/open-data?period=${encodeURIComponent('Q9 <b>')}`);
    expect(res?.status()).toBe(400);
    await expect(page.title()).resolves.toMatch(/^Error: /);
    const picker = page.getByLabel('Period');
    expect(await picker.getAttribute('aria-invalid')).toBe('true');
    const description = await picker.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('"Q9 <b>" is not a period');
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'open-data-error');
    await context.close();
  });
});
