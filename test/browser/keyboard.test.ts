// The main flows with the keyboard alone (page.keyboard: Tab, Shift+Tab, Enter, Space, arrows), as
// someone who cannot use a mouse would: sign in, enter a figure and submit it; the checker sends it
// back with a reason; the dashboard's month picker; the golden thread opened and closed. At every
// stop the focus must be visible (see support/keyboard.ts), and the action must happen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import type { MyReturns } from '../../src/tab/shared/api/index.js';
import { focusedName, screenshot, tabSuite, tabTo, waitForStatus } from './support/index.js';

const suite = tabSuite();

async function newPage(): Promise<Page> {
  const context = await suite.browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    // Tall, so moving focus rarely scrolls and the focus check can compare like with like.
    viewport: { width: 1280, height: 2400 },
  });
  const page = await context.newPage();
  await page.goto(suite.server.url);
  await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
  await page
    .getByRole('button', { name: /^Sign in as / })
    .first()
    .waitFor();
  return page;
}

async function signInByKeyboard(page: Page, name: string): Promise<void> {
  await tabTo(page, `Sign in as ${name}`);
  await page.keyboard.press('Enter');
  await page.getByText(`Signed in as ${name}`).waitFor();
}

async function switchByKeyboard(page: Page, name: string): Promise<void> {
  await tabTo(page, 'Switch person', { backwards: true });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
  await page
    .getByRole('button', { name: /^Sign in as / })
    .first()
    .waitFor();
  await signInByKeyboard(page, name);
}

describe('keyboard only', () => {
  it('enters and submits a figure, and the checker sends it back with a reason', async () => {
    const mine = await suite.server.apiAs<MyReturns>(
      DEMO_PEOPLE_IDS.collectionOfficer,
      '/api/returns/mine',
    );
    const ret = mine.toEnter[0]!;
    const { code } = ret.indicator;
    const recent = ret.history.map((h) => h.value).filter((v): v is number => v !== null);
    // A believable figure (the latest one again), so the server asks no plausibility question.
    const figure = String(recent.at(-1) ?? ret.target ?? 10);
    const page = await newPage();
    await signInByKeyboard(page, suite.names.get(ret.collector!.id)!);
    await page.getByRole('region', { name: /^To enter/ }).waitFor();

    await tabTo(page, `Figure for ${ret.periodLabel}`);
    await page.keyboard.type(figure);
    await tabTo(page, 'Commentary');
    await page.keyboard.type('Entered with the keyboard alone.');
    // Back to the figure with Shift+Tab: what was typed is still there.
    await tabTo(page, `Figure for ${ret.periodLabel}`, { backwards: true });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      figure,
    );
    await tabTo(page, 'Submit for checking');
    await screenshot(page, 'keyboard-01-submit-focused');
    await page.keyboard.press('Enter');
    expect(await waitForStatus(page, 'sent to')).toContain(`${code} for ${ret.periodLabel}`);

    await switchByKeyboard(page, suite.names.get(ret.responsible!.id)!);
    const card = page
      .getByRole('region', { name: /^To check/ })
      .getByRole('article', { name: `${code} ${ret.periodLabel}` });
    await card.waitFor();
    await tabTo(page, `Send back ${code} for ${ret.periodLabel}`);
    await page.keyboard.press('Space');
    // The reason box takes focus itself; an empty reason is refused, by keyboard too.
    await expect.poll(() => focusedName(page)).toMatch(/^Reason for sending back/);
    await tabTo(page, 'Send back');
    await page.keyboard.press('Enter');
    await card.getByText('Say why it is being sent back').waitFor();
    await tabTo(page, /^Reason for sending back/, { backwards: true });
    await page.keyboard.type('The figure is last month’s: please check the report date.');
    await tabTo(page, 'Send back');
    await screenshot(page, 'keyboard-02-send-back-focused');
    await page.keyboard.press('Enter');
    expect(await waitForStatus(page, 'sent back to')).toContain(
      `sent back to ${suite.names.get(ret.collector!.id)}`,
    );
    await page.context().close();
  }, 180_000);

  it('moves the dashboard month with the arrow keys, and opens and closes the golden thread', async () => {
    const page = await newPage();
    await signInByKeyboard(page, suite.names.get(DEMO_PEOPLE_IDS.leadership)!);
    await tabTo(page, 'Dashboard', { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Exceptions \(/ }).waitFor();
    const title = () =>
      page.getByRole('heading', { level: 1, name: /^Corporate health: / }).textContent();
    const first = await title();
    await tabTo(page, 'Month');
    const before = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      (b) => !location.hash.includes(encodeURIComponent(b)) && location.hash.includes('period='),
      before,
    );
    const after = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
    expect(after).not.toBe(before);
    await expect.poll(title).not.toBe(first);
    await page.getByRole('heading', { level: 2, name: /^Exceptions \(/ }).waitFor();
    await screenshot(page, 'keyboard-03-dashboard-month');

    await tabTo(page, 'Golden thread', { backwards: true });
    await page.keyboard.press('Enter');
    const tree = page.getByRole('list', { name: 'The golden thread' });
    await tree.waitFor();
    await tabTo(page, 'Expand P1');
    await page.keyboard.press('Enter');
    await tree.getByRole('button', { name: 'Collapse P1' }).waitFor();
    // Focus stays on the same control, now offering to collapse; Space closes it again.
    expect(await focusedName(page)).toBe('Collapse P1');
    expect(await tree.getByText('P1.1', { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, 'keyboard-04-thread-open');
    await page.keyboard.press('Space');
    await tree.getByRole('button', { name: 'Expand P1' }).waitFor();
    expect(await tree.getByText('P1.1', { exact: false }).count()).toBe(0);
    await page.context().close();
  }, 180_000);
});
