// The two key-action reports on the tab's Reports page, through the real UI in Chromium: the
// Programme Board highlight report picks a quarter, the Business Plan Monitoring Statement a half
// year or year end (in those words), and each downloads as a real Word file and PDF. The page is
// checked with axe-core and photographed.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { tabSuite } from '../browser/support/index.js';

const suite = tabSuite();

const report = (page: Page, title: string) =>
  page.getByRole('region', { name: title, exact: true });

async function download(card: Locator, format: string): Promise<Buffer> {
  const page = card.page();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: format, exact: true }).click(),
  ]);
  await card.getByRole('status').getByText(`Downloaded ${file.suggestedFilename()}`).waitFor();
  return readFile(await (file as Download).path());
}

const optionsOf = (select: Locator) =>
  select
    .locator('option')
    .evaluateAll((os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })),
    );

describe('the key-action reports in the tab', () => {
  it('downloads the highlight report and the monitoring statement in Word and as a PDF', async () => {
    const page = await suite.openAs(DEMO_PEOPLE_IDS.leadership);
    await page.goto(`${suite.server.url}/#/reports`);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();

    const highlight = report(page, 'Programme Board highlight report');
    const quarter = highlight.getByLabel('Quarter');
    await quarter.waitFor();
    expect(await highlight.textContent()).toContain('Programme Board');
    const docx = await download(highlight, 'Word');
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Programme Board highlight report');
    expect((await download(highlight, 'PDF')).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const monitoring = report(page, 'Business Plan Monitoring Statement');
    const when = monitoring.getByLabel('Half year or year end');
    const options = await optionsOf(when);
    expect(options.length).toBeGreaterThan(1);
    for (const o of options) {
      expect(o.label).toMatch(
        /^(Half year \d{4}\/\d{2} \(to 30 September\)|Year end \d{4}\/\d{2})( \(so far\))?$/,
      );
      expect(o.value).toMatch(/^\d{4}\/\d{2} H[12]$/);
    }
    // The statement the picker does not start on, as a person might choose.
    const other = options.at(-1)!;
    await when.selectOption(other.value);
    const pdf = await download(monitoring, 'PDF');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await suite.check(page, 'reports-06-key-action-reports-light');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);
});
