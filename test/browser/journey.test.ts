// End to end through the built tab and the real server: a return goes from the Collection Officer
// through a send-back, a correction, the Responsible Officer's check (with an action plan, because
// the corrected figure is off target) and the Authorising Officer, and then shows on the
// Leadership dashboard. Every page is checked with axe-core and photographed.
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import type { MyReturns, Period, ReturnView } from '../../src/tab/shared/api/index.js';
import {
  openPage,
  returnCard,
  sectionHeading,
  signInAs,
  switchPerson,
  tabSuite,
  waitForStatus,
} from './support/index.js';

const suite = tabSuite();

function newContext(colorScheme: 'light' | 'dark'): Promise<BrowserContext> {
  return suite.browser.newContext({
    colorScheme,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 900 },
  });
}

const formatFigure = (v: number, decimals: number) =>
  new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(v);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The month whose dashboard shows this period's figure: the month it ends in. */
async function monthOf(
  periodKey: string,
  frequency: ReturnView['indicator']['frequency'],
): Promise<string> {
  if (/^\d{4}-\d{2}$/.test(periodKey)) return periodKey;
  const kind = { monthly: 'month', quarterly: 'quarter', 'half-yearly': 'half', annual: 'year' }[
    frequency
  ];
  const periods = await suite.server.apiAs<Period[]>(
    DEMO_PEOPLE_IDS.leadership,
    `/api/periods?kind=${kind}&year=${encodeURIComponent(periodKey.slice(0, 7))}`,
  );
  const period = periods.find((p) => p.key === periodKey);
  if (!period) throw new Error(`no period ${periodKey}`);
  return period.end.slice(0, 7);
}

describe('the tab, end to end', () => {
  it('takes a return from entry, through a send-back and an action plan, to the Leadership dashboard', async () => {
    const mine = await suite.server.apiAs<MyReturns>(
      DEMO_PEOPLE_IDS.collectionOfficer,
      '/api/returns/mine',
    );
    const ret = mine.toEnter[0];
    expect(ret, 'the demo Collection Officer has a return due').toBeDefined();
    const { code } = ret!.indicator;
    const target = ret!.target;
    expect(target, 'the return has a target, so it can be off target').not.toBeNull();
    const recent = ret!.history.map((h) => h.value).filter((v): v is number => v !== null);
    expect(recent.length).toBeGreaterThanOrEqual(2);
    const decimals = ret!.indicator.decimals;
    // A slip of the keyboard: a twentieth of the usual figure, which the server questions.
    const slip = Math.max(1, Math.round(median(recent) / 20));
    // The real figure: 15% worse than target, so Action (more than 10% worse) and an action plan.
    const corrected = Number(
      (ret!.indicator.polarity === 'lower' ? target! * 1.15 : target! * 0.85).toFixed(decimals),
    );
    const cardName = `${code} ${ret!.periodLabel}`;
    const collector = suite.names.get(ret!.collector!.id)!;
    const checker = suite.names.get(ret!.responsible!.id)!;
    const authoriser = suite.names.get(ret!.authoriser!.id)!;

    const context = await newContext('light');
    const page = await context.newPage();
    await page.goto(suite.server.url);
    await suite.check(page, 'journey-01-sign-in-light');

    // The Collection Officer enters a figure that looks wrong, and is asked about it.
    await signInAs(page, collector);
    let card = returnCard(page, 'To enter', cardName);
    await card.waitFor();
    await suite.check(page, 'journey-02-my-work-collector-light');
    await card.getByLabel(`Figure for ${ret!.periodLabel}`).fill(String(slip));
    await card.getByLabel('Commentary').fill('Subscriptions for the quarter.');
    await card.getByRole('button', { name: 'Submit for checking' }).click();
    const question = card.getByRole('alert');
    await question.waitFor();
    expect(await question.textContent()).toContain(`Is ${formatFigure(slip, decimals)}`);
    await suite.check(page, 'journey-03-confirm-question-light');
    await card.getByRole('button', { name: "Yes, it's right" }).click();
    expect(await waitForStatus(page, 'sent to')).toContain(
      `${code} for ${ret!.periodLabel} sent to ${checker}`,
    );
    await card.waitFor({ state: 'detached' });
    expect(await sectionHeading(page, 'To enter').textContent()).toBe(
      `To enter (${mine.toEnter.length - 1})`,
    );

    // The Responsible Officer sends it back with a reason.
    await switchPerson(page);
    await signInAs(page, checker);
    card = returnCard(page, 'To check', cardName);
    await card.waitFor();
    expect(await card.textContent()).toContain(formatFigure(slip, decimals));
    await suite.check(page, 'journey-04-my-work-checker-light');
    await card.getByRole('button', { name: `Send back ${code} for ${ret!.periodLabel}` }).click();
    await card.getByRole('button', { name: 'Send back', exact: true }).click();
    await card.getByText('Say why it is being sent back').waitFor();
    const reason = 'This looks a digit short: please check the subscriptions report.';
    await card.getByLabel('Reason for sending back').fill(reason);
    await suite.check(page, 'journey-05-send-back-light');
    await card.getByRole('button', { name: 'Send back', exact: true }).click();
    expect(await waitForStatus(page, 'sent back to')).toContain(`sent back to ${collector}`);

    // The Collection Officer sees why, corrects the figure and resubmits.
    await switchPerson(page);
    await signInAs(page, collector);
    card = returnCard(page, 'To enter', cardName);
    await card.waitFor();
    expect(await card.textContent()).toContain(`Sent back by ${checker}: ${reason}`);
    await suite.check(page, 'journey-06-sent-back-collector-light');
    await card.getByLabel(`Figure for ${ret!.periodLabel}`).fill(formatFigure(corrected, decimals));
    await card.getByLabel('Commentary').fill('Corrected: fewer renewals after the price rise.');
    await card.getByRole('button', { name: 'Submit for checking' }).click();
    await waitForStatus(page, 'sent to');
    await card.waitFor({ state: 'detached' });

    // The Responsible Officer passes it; off target, so an action plan is written first.
    await switchPerson(page);
    await signInAs(page, checker);
    card = returnCard(page, 'To check', cardName);
    await card.getByText('Action', { exact: true }).waitFor();
    await card.getByRole('button', { name: `Pass ${code} for ${ret!.periodLabel}` }).click();
    await card.getByRole('heading', { name: `Action plan for ${code}` }).waitFor();
    const planReasons = 'Renewals fell after the annual price rise.';
    await card.getByLabel('Why is performance below target?').fill(planReasons);
    await card
      .getByLabel('What is being done to recover?')
      .fill('Renewal reminders by text; a direct debit discount.');
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const [dy, dm, dd] = due.split('-');
    await card.getByLabel('Actions due by').fill(`${dd}/${dm}/${dy}`);
    await suite.check(page, 'journey-07-action-plan-light');
    await card.getByRole('button', { name: 'Save the action plan and pass' }).click();
    expect(await waitForStatus(page, 'passed')).toContain(`passed and sent to ${authoriser}`);

    // The Authorising Officer authorises.
    await switchPerson(page);
    await signInAs(page, authoriser);
    card = returnCard(page, 'To authorise', cardName);
    await card.waitFor();
    await suite.check(page, 'journey-08-authoriser-light');
    await card.getByRole('button', { name: `Authorise ${code} for ${ret!.periodLabel}` }).click();
    expect(await waitForStatus(page, 'authorised')).toContain(
      `${code} for ${ret!.periodLabel} authorised`,
    );

    // The Leadership Team sees it on the dashboard for the month the period ends in.
    await switchPerson(page);
    await signInAs(page, suite.names.get(DEMO_PEOPLE_IDS.leadership)!);
    await openPage(page, 'Dashboard');
    await page.getByRole('heading', { level: 1, name: /^Corporate health: / }).waitFor();
    const month = await monthOf(ret!.periodKey, ret!.indicator.frequency);
    await page.getByLabel('Month').selectOption(month);
    const row = page
      .getByRole('table', { name: /^All indicators/ })
      .locator(`tr[data-code="${code}"]`);
    await page.waitForFunction((m) => location.hash.includes(m), month);
    await row.getByText(formatFigure(corrected, decimals)).waitFor();
    expect(await row.textContent()).toContain('Authorised');
    const exception = page
      .getByRole('region', { name: /^Exceptions/ })
      .getByRole('article', { name: new RegExp(`^${code} `) });
    expect(await exception.textContent()).toContain(planReasons);
    await suite.check(page, 'journey-09-dashboard-light');
    await context.close();
    expect(suite.problems).toEqual({});
  }, 180_000);

  for (const theme of ['light', 'dark'] as const) {
    it(`shows every page in the ${theme} theme with no accessibility problems`, async () => {
      const context = await newContext(theme);
      const page = await context.newPage();
      await page.goto(suite.server.url);
      expect(await page.locator('[data-theme]').getAttribute('data-theme')).toBe(
        theme === 'dark' ? 'dark' : 'default',
      );
      await suite.check(page, `page-sign-in-${theme}`);
      await signInAs(page, suite.names.get(DEMO_PEOPLE_IDS.responsibleOfficer)!);
      await sectionHeading(page, 'To check').waitFor();
      await suite.check(page, `page-my-work-${theme}`);

      await openPage(page, 'Dashboard');
      await page.getByRole('heading', { level: 2, name: /^Exceptions \(/ }).waitFor();
      await suite.check(page, `page-dashboard-${theme}`);

      await openPage(page, 'Golden thread');
      const tree = page.getByRole('list', { name: 'The golden thread' });
      await tree.waitFor();
      // Priorities show; objectives open when a priority is expanded (keyboard: Enter on the button).
      const expand = tree.getByRole('button', { name: /^Expand P1$/ });
      await expand.focus();
      await page.keyboard.press('Enter');
      await tree.getByRole('button', { name: /^Collapse P1$/ }).waitFor();
      expect(await tree.getByText('P1.1', { exact: false }).count()).toBeGreaterThan(0);
      await suite.check(page, `page-golden-thread-${theme}`);
      await page.getByLabel('Search by code or title').fill('WR0');
      await tree
        .getByRole('link', { name: /^WR01 / })
        .first()
        .waitFor();
      expect(await tree.getByRole('link', { name: /^HS0/ }).count()).toBe(0);
      await suite.check(page, `page-golden-thread-search-${theme}`);

      await tree
        .getByRole('link', { name: /^WR01 / })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /^WR01 / }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();
      await suite.check(page, `page-indicator-${theme}`);
      await context.close();
      expect(suite.problems).toEqual({});
    }, 120_000);
  }
});
