// The check view shows the written procedure the figure was entered under (issue #14), as the card
// does: after the performance team changes an indicator's procedure, the Responsible Officer still
// checks a figure entered before the change against the version it was entered under, told that
// the procedure has changed since. Checked with axe and photographed at three widths.
import { describe, expect, it } from 'vitest';
import type { MyReturns, ReturnView } from '../../src/tab/shared/api/index.js';
import { apiAs } from '../support/test-server.js';
import { returnCard, tabSuite } from './support/index.js';
import { screenshot } from './support/screenshots.js';

const suite = tabSuite();

/** A return waiting for someone's check, found in the data, with that person's id. */
async function waitingForCheck(): Promise<{ ret: ReturnView; checkerId: string }> {
  for (const id of suite.names.keys()) {
    const mine = await suite.server.apiAs<MyReturns>(id, '/api/returns/mine');
    const ret = mine.toCheck[0];
    if (ret) return { ret, checkerId: id };
  }
  throw new Error('nobody in the demo council has a figure to check');
}

describe('the procedure panel in the check view', () => {
  it('shows the version the figure was entered under after the procedure changes', async () => {
    const { ret, checkerId } = await waitingForCheck();
    const entered = ret.procedure;
    const people = await suite.server.apiAs<{ id: string; roles: string[] }[]>(
      checkerId,
      '/api/dev/people',
    );
    const adminId = people.find((p) => p.roles?.includes('admin'))?.id;
    expect(adminId, 'the demo council has a performance team member').toBeDefined();
    const admin = apiAs(suite.server.url, adminId!);
    const indicator = (
      (await admin.get('/api/admin/indicators')).body as { id: string; version: string }[]
    ).find((i) => i.id === ret.indicator.id)!;
    const edited = await admin.put(`/api/admin/indicators/${indicator.id}`, {
      version: indicator.version,
      procedure: { ...entered.procedure, calculation: 'A new way of counting, from today.' },
      procedureNote: 'Changed for the browser test',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);

    const page = await suite.openAs(checkerId);
    const card = returnCard(page, 'To check', `${ret.indicator.code} ${ret.periodLabel}`);
    const panel = card.getByRole('region', { name: /^Written procedure/ });
    await panel.waitFor();
    expect(await panel.getByRole('heading').textContent()).toBe(
      `Written procedure (${entered.label})`,
    );
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain(entered.procedure.calculation || 'Not written');
    expect(text).not.toContain('A new way of counting');
    expect(text).toContain('the procedure has changed since');
    await suite.check(page, 'procedure-panel-1280');
    for (const width of [320, 1366, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await panel.scrollIntoViewIfNeeded();
      await screenshot(page, `procedure-panel-${width}`);
      await page.screenshot({ path: `/tmp/gt/shots/procedures-${width}.png`, fullPage: false });
    }
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);
});

describe('editing a written procedure in Set-up', () => {
  it('asks why it changed, saves a new version and takes a plausibility ratio', async () => {
    const people = await suite.server.apiAs<{ id: string; roles: string[] }[]>(
      [...suite.names.keys()][0]!,
      '/api/dev/people',
    );
    const adminId = people.find((p) => p.roles.includes('admin'))!.id;
    const indicators = await suite.server.apiAs<
      { id: string; code: string; procedureVersion?: number | null; retired: boolean }[]
    >(adminId, '/api/admin/indicators');
    const chosen = indicators.find((i) => !i.retired)!;
    const before = chosen.procedureVersion ?? 1;
    const page = await suite.openAs(adminId);
    await page.goto(`${suite.server.url}/#/admin/indicators/${encodeURIComponent(chosen.id)}`);
    await page.getByRole('heading', { name: `Edit ${chosen.code}` }).waitFor();
    await page.getByText(`Written procedure: version ${before}.`).waitFor();
    await page.getByLabel('Source of the data').fill('The new case management system');
    const note = page.getByLabel('Why the procedure changed (kept with the new version)');
    await note.fill('The old system was switched off');
    const ratio = page.getByLabel(/^Ask the officer to confirm a figure/);
    await ratio.fill('1');
    expect(await page.getByText('must be a number more than 1').count()).toBe(1);
    await ratio.fill('2.5');
    await suite.check(page, 'procedure-setup-edit');
    await page.setViewportSize({ width: 1366, height: 900 });
    await note.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/gt/shots/procedures-setup-1366.png' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('status')
      .getByText(`The written procedure is now version ${before + 1}`, { exact: false })
      .waitFor();
    const history = await suite.server.apiAs<{ versions: { note: string }[] }>(
      adminId,
      `/api/indicators/${encodeURIComponent(chosen.code)}/procedures`,
    );
    expect(history.versions.at(-1)!.note).toBe('The old system was switched off');
    const saved = (
      await suite.server.apiAs<{ id: string; plausibilityRatio?: number | null }[]>(
        adminId,
        '/api/admin/indicators',
      )
    ).find((i) => i.id === chosen.id)!;
    expect(saved.plausibilityRatio).toBe(2.5);
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);
});
