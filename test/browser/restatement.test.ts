// Restating an authorised figure in the tab (issue 14 item 6). On the indicator page the Collection
// Officer has no way to reopen a figure; the Authorising Officer has "Reopen this figure" beside
// each authorised figure, must give a reason, is told what will happen before confirming, and then
// sees the figure go back to the Collection Officer marked "Restated — <reason>" in words. People
// and the return are found in the data; photographed at 320 and 1366 px; axe clean.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import type { IndicatorDetail } from '../../src/tab/features/indicator/index.js';
import { returnCard, tabSuite, waitForStatus } from './support/index.js';

const suite = tabSuite();
const SHOTS = '/tmp/gt/shots';

/** An authorised figure whose three officers are different people, none in the performance team. */
async function chooseFigure() {
  const { store } = suite.server.deps;
  const cat = await loadCatalogue(store);
  const isAdmin = (id: string) => cat.people.get(id)?.roles.includes('admin') ?? false;
  for (const item of await store.query('returns', { state: 'authorised' })) {
    const i = cat.indicators.get(item.fields.indicatorId);
    if (!i || i.retired || item.fields.value === null) continue;
    const ids = [i.collectorId, i.responsibleId, i.authoriserId];
    if (new Set(ids).size !== 3 || ids.some(isAdmin) || !ids.every((id) => suite.names.has(id)))
      continue;
    return { indicator: i, returnId: item.id };
  }
  throw new Error('the demo council has no authorised figure with separate officers');
}

describe('reopening an authorised figure in the tab', () => {
  it('lets the Authorising Officer reopen it with a reason, and marks it restated', async () => {
    const { indicator, returnId } = await chooseFigure();
    const detail = await suite.server.apiAs<IndicatorDetail>(
      indicator.authoriserId,
      `/api/indicators/${indicator.code}`,
    );
    const row = detail.history.find((r) => r.returnId === returnId)!;
    expect(row.mayReopen).toBe(true);
    const collectorName = suite.names.get(indicator.collectorId)!;
    const pagePath = `${suite.server.url}/#/indicators/${encodeURIComponent(indicator.code)}`;

    // The Collection Officer sees the history but no way to reopen it.
    const collector = await suite.openAs(indicator.collectorId);
    await collector.goto(pagePath);
    await collector.getByRole('table', { name: /^Figures by period/ }).waitFor();
    expect(await collector.getByRole('button', { name: /^Reopen this figure/ }).count()).toBe(0);
    await collector.context().close();

    const page = await suite.openAs(indicator.authoriserId);
    await page.goto(pagePath);
    const reopen = page.getByRole('button', { name: `Reopen this figure for ${row.periodLabel}` });
    await reopen.click();
    const form = page.getByRole('region', { name: `Reopen the figure for ${row.periodLabel}` });
    await form.waitFor();
    expect(await form.textContent()).toContain(`will go back to ${collectorName} to enter again`);

    // No reason, no reopening: said by the field.
    const confirm = form.getByRole('button', { name: `Reopen and send back to ${collectorName}` });
    await confirm.click();
    await form.getByText('Say why the figure is being reopened').waitFor();
    await suite.check(page, 'restate-form-1280');
    for (const width of [320, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await form.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/restate-form-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    const reason = 'The evidence shows an extra digit was typed';
    await form.getByLabel(/Why is the figure being reopened/).fill(reason);
    await confirm.click();
    expect(await waitForStatus(page, 'was reopened')).toContain(
      `The figure for ${row.periodLabel} was reopened and has gone back to ${collectorName} to enter again.`,
    );
    const mark = page.getByText(`Restated — ${reason}`, { exact: true });
    await mark.waitFor();
    const history = page.getByRole('table', { name: /^Figures by period/ });
    const line = history
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: row.periodLabel, exact: true }) });
    expect(await line.textContent()).toContain('Awaiting figure');
    expect(await line.textContent()).toContain(`Earlier figure ${row.valueText}`);
    expect(
      await history
        .getByRole('button', { name: `Reopen this figure for ${row.periodLabel}` })
        .count(),
    ).toBe(0);
    await suite.check(page, 'restate-done-1280');
    for (const width of [320, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await mark.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/restate-done-${width}.png` });
    }
    await page.context().close();

    // The Collection Officer has it to enter again in My work, told who reopened it and why.
    const again = await suite.openAs(indicator.collectorId);
    const card = returnCard(again, 'To enter', `${indicator.code} ${row.periodLabel}`);
    await card.waitFor();
    expect(await card.textContent()).toContain(
      `Sent back by ${suite.names.get(indicator.authoriserId)}: ${reason}`,
    );
    await again.context().close();

    const stored = (await suite.server.deps.store.get('returns', returnId))!;
    expect(stored.fields.state).toBe('due');
    expect(stored.fields.restatements?.map((r) => r.reason)).toEqual([reason]);
    expect(suite.problems).toEqual({});
  }, 120_000);
});
