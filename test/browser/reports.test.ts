// The Reports page, through the real UI: a Leadership Team member opens Reports, picks a quarter
// and downloads the Quarterly Performance Report and a portfolio report in Word and as a PDF — the
// files are real (a .docx is a zip with word/document.xml, a PDF starts %PDF); a link with a period
// (the quarter-complete card's) opens on that quarter; a bad period shows the server's reason. In
// tenant mode (Teams SSO through the host stand-in) the same buttons and the Excel link fetch with
// the bearer token, and the card's deep link lands on the page. The indicator chart's labels are
// measured for overlaps, in the tab and on the meeting stage. Pages are checked with axe-core and
// photographed, light and dark.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import {
  openInTeams,
  startFakeEntra,
  tenantServerOptions,
  startTestServer,
  tabSuite,
  type FakeEntra,
  type HostOptions,
  type TestServer,
} from './support/index.js';
import { SCREENSHOT_DIR, screenshot } from './support/screenshots.js';

const suite = tabSuite();

const report = (where: Page | Frame, title: string) =>
  where.getByRole('region', { name: title, exact: true });

/** Clicks a format button and waits for the file, the button's progress and the status line. */
async function download(page: Page, card: Locator, format: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: format, exact: true }).click(),
  ]);
  await card.getByRole('status').getByText(`Downloaded ${file.suggestedFilename()}`).waitFor();
  return file;
}

async function bytesOf(file: Download): Promise<Buffer> {
  return readFile(await file.path());
}

async function expectDocx(file: Download, name: RegExp): Promise<void> {
  expect(file.suggestedFilename()).toMatch(name);
  const bytes = await bytesOf(file);
  expect(bytes.length).toBeGreaterThan(0);
  const zip = await JSZip.loadAsync(bytes);
  expect(zip.file('word/document.xml')).not.toBeNull();
}

async function expectPdf(file: Download, name: RegExp): Promise<void> {
  expect(file.suggestedFilename()).toMatch(name);
  const bytes = await bytesOf(file);
  expect(bytes.length).toBeGreaterThan(0);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

const slug = (key: string) => key.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Pairs of chart labels of one kind (period or value) whose boxes overlap on screen. */
async function labelOverlaps(chart: Locator, kind: 'period' | 'value'): Promise<string[]> {
  return chart.evaluate((svg, k) => {
    const boxes = [...svg.querySelectorAll(`text[data-label="${k}"]`)].map((t) => ({
      text: t.textContent ?? '',
      r: t.getBoundingClientRect(),
    }));
    const hits: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart =
          a.r.right <= b.r.left ||
          b.r.right <= a.r.left ||
          a.r.bottom <= b.r.top ||
          b.r.bottom <= a.r.top;
        if (!apart) hits.push(`${a.text} / ${b.text}`);
      }),
    );
    return hits;
  }, kind);
}

const chartLabels = (chart: Locator, kind: 'period' | 'value') =>
  chart.locator(`text[data-label="${kind}"]`).allTextContents();

describe('reports, through the tab', () => {
  it('downloads the quarterly and a portfolio report, in Word and as a PDF', async () => {
    const page = await suite.openAs(DEMO_PEOPLE_IDS.leadership);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/reports$/);
    await page.getByText('Only authorised figures are in these reports').waitFor();

    const quarterly = report(page, 'Quarterly Performance Report');
    const quarter = quarterly.getByLabel('Quarter');
    await quarter.waitFor();
    // The latest quarter that has ended is chosen; pick the one before it, as a person might.
    const options = await quarter
      .locator('option')
      .evaluateAll((os) =>
        os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })),
      );
    expect(options.every((o) => /^Q[1-4] \d{4}\/\d{2}( \(so far\))?$/.test(o.label))).toBe(true);
    const current = await quarter.inputValue();
    const chosen = options[options.findIndex((o) => o.value === current) + 1]!;
    await quarter.selectOption(chosen.value);
    const key = slug(chosen.value);

    await expectDocx(
      await download(page, quarterly, 'Word'),
      new RegExp(`^quarterly-${key}\\.docx$`),
    );
    await expectPdf(await download(page, quarterly, 'PDF'), new RegExp(`^quarterly-${key}\\.pdf$`));
    await suite.check(page, 'reports-01-quarterly-light');

    const portfolio = report(page, 'Portfolio report');
    await portfolio.getByLabel('Quarter').selectOption(chosen.value);
    const holders = portfolio.getByLabel('Cabinet portfolio');
    const second = await holders.locator('option').nth(1).getAttribute('value');
    await holders.selectOption(second!);
    await expectDocx(
      await download(page, portfolio, 'Word'),
      new RegExp(`^portfolio-[a-z0-9-]+-${key}\\.docx$`),
    );
    await expectPdf(
      await download(page, portfolio, 'PDF'),
      new RegExp(`^portfolio-[a-z0-9-]+-${key}\\.pdf$`),
    );
    // The dashboard is a month, made as a PDF, a picture or a PowerPoint pack; the annual report
    // is a year.
    const dashboard = report(page, 'Corporate health dashboard');
    expect(await dashboard.getByLabel('Month').count()).toBe(1);
    expect(await dashboard.getByRole('button').allTextContents()).toEqual([
      'PDF',
      'PNG',
      'PowerPoint pack',
    ]);
    const pack = await download(page, dashboard, 'PowerPoint pack');
    expect(pack.suggestedFilename()).toMatch(/^dashboard-pack-[0-9]{4}-[0-9]{2}\.pptx$/);
    const slides = await JSZip.loadAsync(await bytesOf(pack));
    expect(slides.file('ppt/presentation.xml')).not.toBeNull();
    // The browser has the file before the card has said so: wait for the card to settle (its
    // buttons are dimmed while busy), so the page is checked as the person then sees it.
    await dashboard
      .getByRole('status')
      .getByText(/^Downloaded dashboard-pack-/)
      .waitFor();
    await page.mouse.move(0, 0);
    expect(await report(page, 'Annual report').getByLabel('Financial year').count()).toBe(1);
    await suite.check(page, 'reports-02-portfolio-light');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it("opens on the linked quarter, and shows the server's reason for a bad one", async () => {
    const page = await suite.openAs(DEMO_PEOPLE_IDS.leadership, 'dark');
    await page.goto(`${suite.server.url}/#/reports?period=${encodeURIComponent('2025/26 Q2')}`);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    for (const title of ['Quarterly Performance Report', 'Portfolio report', 'Exception report']) {
      const quarter = report(page, title).getByLabel('Quarter');
      await quarter.waitFor();
      expect(await quarter.inputValue()).toBe('2025/26 Q2');
      expect(await quarter.locator('option:checked').textContent()).toBe('Q2 2025/26');
    }
    await suite.check(page, 'reports-03-linked-quarter-dark');

    // Another link: the page starts again from it.
    await page.goto(`${suite.server.url}/#/reports?period=2025-Q2`);
    const quarterly = report(page, 'Quarterly Performance Report');
    await expect.poll(() => quarterly.getByLabel('Quarter').inputValue()).toBe('2025-Q2');
    await quarterly.getByRole('button', { name: 'PDF', exact: true }).click();
    const problem = quarterly.getByRole('status').getByText('Could not make the PDF file');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('"2025-Q2" is not a period');
    await suite.check(page, 'reports-04-bad-period-dark');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it('writes the chart labels of twelve months without overlaps', async () => {
    const page = await suite.openAs(DEMO_PEOPLE_IDS.leadership);
    await page.goto(`${suite.server.url}/#/indicators/WR01`);
    const chart = page.getByRole('img', { name: 'WR01: figures against target' });
    await chart.waitFor();
    const periods = await chartLabels(chart, 'period');
    expect(periods.length).toBeGreaterThanOrEqual(4);
    expect(await labelOverlaps(chart, 'period')).toEqual([]);
    expect(await labelOverlaps(chart, 'value')).toEqual([]);
    expect((await chartLabels(chart, 'value')).length).toBeGreaterThan(0);
    await screenshot(page, 'reports-05-indicator-light');
    await chart.screenshot({ path: `${SCREENSHOT_DIR}/reports-05-indicator-chart-light.png` });
    await page.context().close();
  }, 60_000);
});

describe('reports in a tenant (Teams SSO through the host stand-in)', () => {
  let server: TestServer;
  let entra: FakeEntra;
  beforeAll(async () => {
    entra = await startFakeEntra();
    server = await startTestServer(tenantServerOptions(entra));
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await entra?.close();
  });

  async function inTeams(o: Omit<HostOptions, 'token'>): Promise<{ page: Page; tab: Frame }> {
    const context = await suite.browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const token = await entra.token({ oid: DEMO_PEOPLE_IDS.leadership });
    return { page, tab: await openInTeams(page, server.url, { ...o, token }) };
  }

  it("follows the quarter-complete card's deep link and downloads with the bearer token", async () => {
    const { page, tab } = await inTeams({
      frameContext: 'content',
      theme: 'default',
      tabPath: '/?context=personal',
      subEntityId: `reports?period=${encodeURIComponent('2025/26 Q2')}`,
    });
    await tab.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const quarterly = report(tab, 'Quarterly Performance Report');
    expect(await quarterly.getByLabel('Quarter').inputValue()).toBe('2025/26 Q2');
    await expectPdf(await download(page, quarterly, 'PDF'), /^quarterly-2025-26-q2\.pdf$/);
    await screenshot(page, 'reports-06-teams-default');

    // The Excel link on the dashboard goes through the same helper, token and all.
    await tab.evaluate(() => (window.location.hash = '#/dashboard'));
    const excel = tab.getByRole('link', { name: 'Download the dashboard (Excel)' });
    const [file] = await Promise.all([page.waitForEvent('download'), excel.click()]);
    expect(file.suggestedFilename()).toMatch(/^dashboard-[a-z0-9-]+\.xlsx$/);
    const zip = await JSZip.loadAsync(await bytesOf(file));
    expect(zip.file('xl/workbook.xml')).not.toBeNull();
    await page.context().close();
  }, 120_000);

  it('writes the stage chart figures without collisions', async () => {
    const { page, tab } = await inTeams({
      frameContext: 'meetingStage',
      theme: 'dark',
      meetingId: 'meeting-reports-chart',
      tabPath: '/?context=meeting#/indicators/WR01',
    });
    const chart = tab.getByRole('img', { name: 'WR01: figures against target' });
    await chart.waitFor();
    expect(await labelOverlaps(chart, 'period')).toEqual([]);
    expect(await labelOverlaps(chart, 'value')).toEqual([]);
    expect((await chartLabels(chart, 'value')).length).toBeGreaterThanOrEqual(4);
    await chart.screenshot({ path: `${SCREENSHOT_DIR}/reports-07-stage-chart-dark.png` });
    await page.context().close();
  }, 60_000);
});
