// The timetable form, when someone else set the same date while it was open (issue 15, D8): the
// save sends the version the row was read at, so the other person's date is kept and the form says
// so as the other set-up forms do; after a reload the latest date shows and can be changed.
import { describe, expect, it } from 'vitest';
import type { TimetableRow } from '../../src/tab/features/admin/api/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { addDays, formatDate } from '../../src/domain/periods/index.js';
import { tabSuite, waitForStatus } from './support/index.js';

const suite = tabSuite();
const admin = DEMO_PEOPLE_IDS.admin;

describe('the timetable form and a date changed meanwhile', () => {
  it('keeps the other change, says so, and saves once reloaded', async () => {
    const page = await suite.openAs(admin);
    await page.goto(`${suite.server.url}/#/admin/timetable`);
    const firstRow = () =>
      page
        .getByRole('table', { name: /^When returns are due/ })
        .locator('tbody tr')
        .first();
    await firstRow().waitFor();
    const row = (await suite.server.apiAs<TimetableRow[]>(admin, '/api/timetable'))[0]!;
    expect(await firstRow().locator('th').textContent()).toBe(row.periodLabel);

    // Someone else sets this period's date while the page is open.
    const theirs = addDays(row.periodEnd, 19);
    const res = await fetch(
      `${suite.server.url}/api/timetable/${encodeURIComponent(row.periodKey)}`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-gt-user': admin },
        body: JSON.stringify({ dueDate: theirs, note: 'Set elsewhere', version: row.version }),
      },
    );
    expect(res.status).toBe(200);

    const label = row.periodLabel;
    const mine = formatDate(addDays(row.periodEnd, 23));
    await firstRow()
      .getByRole('textbox', { name: new RegExp(`^Due date for ${label}`) })
      .fill(mine);
    await firstRow()
      .getByRole('button', { name: `Save the due date for ${label}` })
      .click();
    const said = await waitForStatus(page, 'changed by someone else');
    expect(said).toContain('Reload the page to see their change.');
    const after = await suite.server.apiAs<TimetableRow[]>(admin, '/api/timetable');
    expect(after.find((r) => r.periodKey === row.periodKey)!.dueDate).toBe(theirs);

    await page.reload();
    await firstRow().getByText('Set by the team').waitFor();
    await firstRow()
      .getByRole('textbox', { name: new RegExp(`^Due date for ${label}`) })
      .fill(mine);
    await firstRow()
      .getByRole('button', { name: `Save the due date for ${label}` })
      .click();
    expect(await waitForStatus(page, 'now due')).toContain(`${label} returns now due ${mine}.`);
    await page.context().close();
  }, 120_000);
});
