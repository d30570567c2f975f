// The public open-data page in Chromium, as a resident would open it: no sign-in, WCAG 2.2 AA by
// axe (plus best practice), usable at 320 CSS pixels wide (reflow) and by keyboard (the skip link
// is the first stop and visibly focused), in a light and a dark colour scheme.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeProblems,
  launchChromium,
  screenshot,
  startTestServer,
  type TestServer,
} from './support/index.js';

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
  viewport = { width: 1280, height: 900 },
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport, colorScheme });
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

describe('the open-data page', () => {
  it('has no accessibility problems, light or dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/open-data?period=2025-10', undefined, scheme);
      expect(await axeProblems(page), scheme).toEqual([]);
      expect(await wcag22Problems(page), scheme).toEqual([]);
      await screenshot(page, `open-data-${scheme}`);
      await page.context().close();
    }
  });

  it('reflows at 320 pixels wide with the table scrolling inside its own focusable region', async () => {
    const page = await open('/open-data?period=2025-10', { width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'open-data-narrow');
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
    expect(new URL(page.url()).hash).toBe('#main');
    await page.context().close();
  });

  it('chooses another period with a labelled form, without scripts', async () => {
    const page = await open('/open-data?period=2025-10');
    await page.getByLabel('Period').fill('2025/26 Q1');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('heading', { level: 1, name: 'Performance open data' }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('period=2025/26+Q1');
    await page.getByRole('table', { name: /Q1 2025\/26/ }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.context().close();
  });

  it('shows a period it cannot read back with the reason, tied to the box', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const res = await page.goto(`${server.url}/open-data?period=${encodeURIComponent('Q9 <b>')}`);
    expect(res?.status()).toBe(400);
    await expect(page.title()).resolves.toMatch(/^Error: /);
    const box = page.getByLabel('Period');
    expect(await box.inputValue()).toBe('Q9 <b>');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    const description = await box.evaluate((el) =>
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
