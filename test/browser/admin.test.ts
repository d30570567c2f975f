// The performance team's set-up, through the real UI as the demo admin: an indicator is created
// (with an objective and a benchmark), edited, given a seasonally profiled target and retired; a
// timetable date is set; a person's roles, delegate and leave are changed and a leaver retired; the
// rating scheme goes to RAG with tolerances and back. Someone outside the team sees no Admin link
// and the admin API refuses them (403). Every page is checked with axe-core and photographed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../src/app/import/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import {
  addDays,
  formatDate,
  londonDate,
  parsePeriod,
  periodContaining,
  previousPeriod,
} from '../../src/domain/periods/index.js';
import { tabSuite, waitForStatus } from './support/index.js';

const suite = tabSuite();

const setUp = (page: Page, section: string) =>
  page.getByRole('navigation', { name: 'Set-up' }).getByRole('link', { name: section }).click();

describe('admin, through the tab', () => {
  it('creates, edits, targets (winter peak) and retires an indicator, with its audit trail', async () => {
    const page = await suite.openAs(DEMO_PEOPLE_IDS.admin);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Admin' })
      .click();
    await page.getByRole('heading', { level: 2, name: /^Indicators \(\d+\)$/ }).waitFor();
    await suite.check(page, 'admin-01-indicators-light');

    await page.getByRole('link', { name: 'Add an indicator' }).click();
    await page.getByRole('heading', { level: 2, name: 'Add an indicator' }).waitFor();
    await page.getByLabel('Code').fill('zz09');
    await page.getByLabel('Title').fill('Bulky waste collections on the agreed day');
    await page
      .getByLabel('Definition')
      .fill('Bulky waste collections made on the day agreed with the resident.');
    await page.getByLabel('Frequency').selectOption('monthly');
    await page.getByLabel('Year to date').selectOption('sum');
    const objectives = page.getByRole('group', { name: 'Objectives it evidences' });
    await objectives.getByRole('checkbox').first().check();
    const objectiveName = await objectives.locator('label').first().textContent();
    await page.getByRole('button', { name: 'Add a benchmark' }).click();
    await page.getByLabel('Comparator 1').fill('England average');
    await page.getByLabel('Value 1').fill('91.5');
    await page.getByLabel('Source 1').fill('Illustrative national return');
    await page.getByLabel('Year 1').fill('2024-25');
    await page.getByRole('button', { name: 'Add the indicator' }).click();
    // The server names the bad benchmark year; the form shows it under that field.
    await page.getByText('must be a financial year like 2024/25').waitFor();
    await suite.check(page, 'admin-02-indicator-problem-light');
    await page.getByLabel('Year 1').fill('2024/25');
    await page.getByRole('button', { name: 'Add the indicator' }).click();
    expect(await waitForStatus(page, 'saved')).toContain('ZZ09 saved.');
    await page.getByRole('heading', { level: 2, name: 'Edit ZZ09' }).waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/admin\/indicators\/[^/]+$/);
    await suite.check(page, 'admin-03-indicator-created-light');

    await page.getByLabel('Title').fill('Bulky waste collected on the agreed day');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForStatus(page, 'ZZ09 saved.');

    // A winter-peak profile: 1,200 for the year, more in December than in June.
    const targets = page.getByRole('form', { name: 'Set a target for ZZ09' });
    await targets.getByLabel('Financial year').fill('2025/26');
    await targets.getByLabel('Annual target').fill('1,200');
    await targets.getByLabel('Profile').selectOption('winter-peak');
    await targets.getByRole('button', { name: 'Save the target' }).click();
    expect(await waitForStatus(page, 'profiled')).toContain(
      'Target for 2025/26 saved and profiled.',
    );
    const table = page.getByRole('table', { name: '2025/26: annual target 1,200' });
    await table.waitFor();
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [r.querySelector('th')!.textContent!, r.querySelector('td')!.textContent!]),
      );
    expect(cells).toHaveLength(12);
    const byMonth = new Map(cells.map(([k, v]) => [k, Number(v!.replace(/,/g, ''))]));
    expect([...byMonth.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1200, 6);
    expect(byMonth.get('Dec 2025')!).toBeGreaterThan(byMonth.get('Jun 2025')!);
    await suite.check(page, 'admin-04-targets-light');

    // The indicator page shows the objective, the benchmark and the audit trail of these changes.
    await page.goto(`${suite.server.url}/#/indicators/ZZ09`);
    await page.getByRole('heading', { level: 1, name: /^ZZ09 Bulky waste collected/ }).waitFor();
    const audit = page.getByRole('table', { name: /changes, newest first$/ });
    await audit.waitFor();
    const auditText = await audit.textContent();
    expect(auditText).toContain('Indicator updated');
    expect(auditText).toContain('Indicator created');
    expect(auditText).toContain('target 2025/26');
    expect(auditText).toContain(suite.names.get(DEMO_PEOPLE_IDS.admin));
    expect(await page.getByText('England average (2024/25)').count()).toBeGreaterThan(0);
    await suite.check(page, 'admin-05-indicator-audit-light');
    expect(objectiveName).toBeTruthy();

    await page.goto(`${suite.server.url}/#/admin/indicators`);
    const row = page.locator('tr[data-code="ZZ09"]');
    await row.getByRole('button', { name: 'Retire ZZ09' }).click();
    expect(await waitForStatus(page, 'retired')).toContain('ZZ09 retired.');
    await row.getByRole('button', { name: 'Reinstate ZZ09' }).waitFor();
    expect(await row.textContent()).toContain('Retired');
    await suite.check(page, 'admin-06-retired-light');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it('sets a timetable date, edits roles, delegate and leave, and retires a leaver', async () => {
    const page = await suite.openAs(DEMO_PEOPLE_IDS.admin, 'dark');
    await page.goto(`${suite.server.url}/#/admin/timetable`);
    const first = page
      .getByRole('table', { name: /^When returns are due/ })
      .locator('tbody tr')
      .first();
    await first.waitFor();
    const period = (await first.locator('th').textContent())!;
    // Three weeks after the period ends, whatever period the suite's day puts first.
    const due = formatDate(addDays(parsePeriod(period).end, 21));
    await first.getByRole('textbox', { name: new RegExp(`^Due date for ${period}`) }).fill(due);
    await first
      .getByLabel(`Note for ${period}`, { exact: true })
      .fill('Moved for the Christmas closure');
    await first.getByRole('button', { name: `Save the due date for ${period}` }).click();
    expect(await waitForStatus(page, 'now due')).toContain(`${period} returns now due ${due}.`);
    await page
      .getByRole('table', { name: /^When returns are due/ })
      .locator('tbody tr')
      .first()
      .getByText('Set by the team')
      .waitFor();
    await suite.check(page, 'admin-07-timetable-dark');

    await setUp(page, 'People and roles');
    const officer = suite.names.get(DEMO_PEOPLE_IDS.collectionOfficer)!;
    const roles = page.getByRole('group', { name: `Roles of ${officer}` });
    await roles.getByRole('checkbox', { name: 'Leadership Team' }).click();
    expect(await waitForStatus(page, 'roles saved')).toContain(`${officer}'s roles saved.`);
    await expect
      .poll(() => roles.getByRole('checkbox', { name: 'Leadership Team' }).isChecked())
      .toBe(true);
    await roles.getByRole('checkbox', { name: 'Leadership Team' }).click();
    await expect
      .poll(() => roles.getByRole('checkbox', { name: 'Leadership Team' }).isChecked())
      .toBe(false);
    await suite.check(page, 'admin-08-people-dark');

    // Delegate and leave date for the officer.
    const delegate = suite.names.get(DEMO_PEOPLE_IDS.responsibleOfficer)!;
    await page.getByRole('link', { name: `Edit ${officer}` }).click();
    await page.getByRole('heading', { level: 2, name: officer, exact: true }).waitFor();
    await page.getByLabel('Delegate').selectOption({ label: delegate });
    await page.getByLabel('On leave until').fill('31/02/2026');
    await page.getByLabel('On leave until').blur();
    await page.getByText('2/2026 has no day 31').waitFor();
    const leaveUntil = formatDate(addDays(londonDate(suite.server.deps.clock.now()), 28));
    await page.getByLabel('On leave until').fill(leaveUntil);
    await page.getByRole('button', { name: 'Save the details' }).click();
    expect(await waitForStatus(page, 'details saved')).toContain(`${officer}'s details saved.`);
    await suite.check(page, 'admin-09-person-dark');
    // They still look after indicators, so they cannot be retired yet: the server says which.
    await page.getByRole('button', { name: `Retire ${officer}` }).click();
    await page.getByText(/still looks after/).waitFor();
    await setUp(page, 'People and roles');
    const officerRow = page.getByRole('row', { name: new RegExp(`^${officer}`) });
    expect(await officerRow.textContent()).toContain(`Until ${leaveUntil}; delegate ${delegate}`);

    // A leaver: added, then retired with a note.
    await page.getByLabel('Name').fill('Departing Analyst');
    await page.getByLabel('Email').fill('departing.analyst@example.gov.uk');
    await page.getByRole('button', { name: 'Add the person' }).click();
    await waitForStatus(page, 'Departing Analyst added.');
    await page.getByRole('link', { name: 'Edit Departing Analyst' }).click();
    await page.getByLabel('Why (recorded in the audit trail)').fill('Left the council');
    await page.getByRole('button', { name: 'Retire Departing Analyst' }).click();
    await page.getByRole('heading', { level: 2, name: 'Departing Analyst (retired)' }).waitFor();
    await setUp(page, 'People and roles');
    expect(await page.getByRole('row', { name: /^Departing Analyst/ }).textContent()).toContain(
      'Retired',
    );
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it('switches the rating scheme to RAG with tolerances, and back', async () => {
    const page = await suite.openAs(DEMO_PEOPLE_IDS.admin);
    await page.goto(`${suite.server.url}/#/admin/rating-scheme`);
    await page.getByRole('heading', { level: 2, name: 'Rating scheme' }).waitFor();
    await page.getByRole('radio', { name: /^Three levels: Red, Amber, Green/ }).check();
    await page.getByLabel('Green up to (% worse than target)').fill('10');
    await page.getByLabel('Amber up to (% worse than target)').fill('5');
    await page.getByRole('button', { name: 'Save the scheme' }).click();
    // Amber must reach further than green: the server names the field.
    await page.getByText('must be more than the green tolerance').waitFor();
    await suite.check(page, 'admin-10-rating-problem-light');
    await page.getByLabel('Green up to (% worse than target)').fill('2');
    await page.getByLabel('Amber up to (% worse than target)').fill('8');
    await page.getByRole('button', { name: 'Save the scheme' }).click();
    await waitForStatus(page, 'The RAG scheme is in use.');
    await suite.check(page, 'admin-11-rating-rag-light');
    const saved = await suite.server.apiAs<{ scheme: unknown }>(
      DEMO_PEOPLE_IDS.admin,
      '/api/admin/rating-scheme',
    );
    expect(saved.scheme).toEqual({ kind: 'rag', greenTolerance: 0.02, amberTolerance: 0.08 });
    // The dashboard now rates Red, Amber, Green.
    await page.goto(`${suite.server.url}/#/dashboard`);
    await page.getByRole('heading', { level: 2, name: /^Exceptions \(/ }).waitFor();
    const body = (await page.getByRole('main').textContent())!;
    expect(body).toMatch(/Red|Amber|Green/);
    await page.goto(`${suite.server.url}/#/admin/rating-scheme`);
    await page.getByRole('radio', { name: /^Four levels/ }).check();
    await page.getByRole('button', { name: 'Save the scheme' }).click();
    await waitForStatus(page, 'The four-level scheme is in use.');
    const back = await suite.server.apiAs<{ scheme: unknown }>(
      DEMO_PEOPLE_IDS.admin,
      '/api/admin/rating-scheme',
    );
    expect(back.scheme).toEqual({ kind: 'four-level' });
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it('names a panel that approves action plans, refusing one with no members', async () => {
    const page = await suite.openAs(DEMO_PEOPLE_IDS.admin);
    await page.goto(`${suite.server.url}/#/admin/plan-approval`);
    await page.getByRole('heading', { level: 2, name: 'Action plan approval' }).waitFor();
    await page.getByRole('radio', { name: /^A named panel/ }).check();
    await page.getByLabel('Panel name').fill('Corporate Performance Panel');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('name at least one member of the panel').waitFor();
    const members = page.getByRole('group', { name: 'Panel members' }).getByRole('checkbox');
    await members.nth(0).check();
    await members.nth(1).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await waitForStatus(page, 'The panel approves action plans.');
    await suite.check(page, 'admin-12-plan-approval-light');
    const saved = await suite.server.apiAs<{
      value: { kind: string; name: string; memberIds: string[] };
    }>(DEMO_PEOPLE_IDS.admin, '/api/admin/action-plan-approval');
    expect(saved.value).toMatchObject({ kind: 'panel', name: 'Corporate Performance Panel' });
    expect(saved.value.memberIds).toHaveLength(2);
    await page.getByRole('radio', { name: /^Nobody/ }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await waitForStatus(page, 'Action plans need no approval.');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it('lists a failed reminder delivery with the person and error, clears it, and shows the history', async () => {
    const officer = DEMO_PEOPLE_IDS.collectionOfficer;
    const officerName = suite.names.get(officer)!;
    const store = suite.server.deps.store;
    // The officer's indicator and its latest return, as the indicator page lists them.
    const [indicator] = await store.query('indicators', { collectorId: officer });
    const detail = await suite.server.apiAs<{
      history: { returnId: string; periodLabel: string }[];
    }>(officer, `/api/indicators/${indicator!.fields.code}`);
    const latest = detail.history.at(-1)!;
    const error = '403 Forbidden: the app was removed <img src=x onerror=alert(1)>';
    const key = `${latest.returnId}|overdue|2025-11-18`;
    await store.create(
      'reminderLedger',
      {
        key,
        returnId: latest.returnId,
        stage: 'overdue',
        day: '2025-11-18',
        recipientId: officer,
        status: 'permanent-failure',
        attempts: 1,
        sentAt: null,
        error,
        reason: `${indicator!.fields.code}: overdue`,
        holder: 'test',
        attemptedAt: '2025-11-18T09:30:00.000Z',
      },
      { actorId: 'system', channel: 'system' },
      key,
    );

    const page = await suite.openAs(DEMO_PEOPLE_IDS.admin);
    await page.goto(`${suite.server.url}/#/admin/indicators`);
    await setUp(page, 'Reminder deliveries');
    await page.getByRole('heading', { level: 2, name: 'Reminder deliveries' }).waitFor();
    const table = page.getByRole('table', { name: 'Reminder deliveries, newest first' });
    const row = table.getByRole('row').filter({ hasText: officerName });
    await row.waitFor();
    const text = (await row.textContent())!;
    expect(text).toContain(error); // shown as text, never as markup
    expect(text).toContain('18/11/2025, 09:30');
    expect(text).toContain(indicator!.fields.code);
    expect(text).toContain('Could not be delivered');
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    await suite.check(page, 'admin-13-reminder-deliveries-light');

    // The day has passed, so it is cleared rather than retried; the list is then empty.
    await row.getByRole('button', { name: /^Clear: reminder to / }).click();
    expect(await waitForStatus(page, 'is cleared')).toContain(
      `The reminder to ${officerName} of 18/11/2025 is cleared`,
    );
    await page.getByText('No failed reminders.').waitFor();
    await suite.check(page, 'admin-14-reminder-deliveries-empty-light');

    // The indicator page shows the return's reminder history: to whom, when, what came of it.
    await page.goto(`${suite.server.url}/#/indicators/${indicator!.fields.code}`);
    await page.getByText(`Reminders for ${latest.periodLabel}`).click();
    const history = page.getByRole('table', {
      name: `Reminders for ${latest.periodLabel}, newest first`,
    });
    await history.waitFor();
    const line = (await history.locator('tbody tr').first().textContent())!;
    expect(line).toContain(officerName);
    expect(line).toContain('18/11/2025, 09:30');
    expect(line).toContain('Overdue');
    expect(line).toContain('cleared by the performance team');
    await suite.check(page, 'admin-15-indicator-reminders-light');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);

  it('lists an indicator imported without a service until an admin gives it one and its officers', async () => {
    // A council's spreadsheet with only the minimum columns, for last year's first quarter.
    const today = londonDate(suite.server.deps.clock.now());
    const lastYear = previousPeriod(periodContaining(today, 'year'));
    const csv = [
      'code,title,polarity,unit,frequency,period,target,actual',
      `ZZ20,Garden waste bins delivered within 10 working days (%),higher,%,quarterly,${lastYear.key} Q1,95,96.5`,
    ].join('\n');
    await importCsv(suite.server.deps, csv, { actorId: DEMO_PEOPLE_IDS.admin });

    const page = await suite.openAs(DEMO_PEOPLE_IDS.admin);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Admin' })
      .click();
    const waiting = page.getByRole('heading', {
      level: 3,
      name: 'Indicators that need a service and officers (1)',
    });
    await waiting.waitFor();
    const row = page.getByRole('table', { name: 'Imported indicators waiting for their owners' });
    expect(await row.locator('tbody tr').first().textContent()).toContain('ZZ20');
    await suite.check(page, 'admin-16-needing-owners-light');

    await page.getByRole('link', { name: 'Assign a service and officers to ZZ20' }).click();
    await page.getByRole('heading', { level: 2, name: 'Edit ZZ20' }).waitFor();
    await page
      .getByLabel('Definition')
      .fill('Garden waste bins delivered within ten working days of the order.');
    const [waste] = await suite.server.deps.store.query('services', {
      name: 'Waste and Recycling',
    });
    await page.getByRole('combobox', { name: /^Service/ }).selectOption(waste!.id);
    await page.getByLabel('Collection Officer').selectOption(DEMO_PEOPLE_IDS.collectionOfficer);
    await page.getByLabel('Responsible Officer').selectOption(DEMO_PEOPLE_IDS.responsibleOfficer);
    await page.getByLabel('Authorising Officer').selectOption(DEMO_PEOPLE_IDS.authorisingOfficer);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForStatus(page, 'ZZ20 saved.');
    await setUp(page, 'Indicators and targets');
    await page.getByRole('heading', { level: 2, name: /^Indicators \(\d+\)$/ }).waitFor();
    expect(await waiting.count()).toBe(0);
    const [stored] = await suite.server.deps.store.query('indicators', { code: 'ZZ20' });
    expect(stored!.fields).toMatchObject({
      needsOwners: false,
      collectorId: DEMO_PEOPLE_IDS.collectionOfficer,
    });
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 90_000);

  it('shows no Admin link to someone outside the team, and the admin API answers 403', async () => {
    const page = await suite.openAs(DEMO_PEOPLE_IDS.collectionOfficer);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'My work' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    const statuses = await page.evaluate(async () => {
      const get = await fetch('/api/admin/people');
      const put = await fetch('/api/admin/rating-scheme', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scheme: { kind: 'four-level' }, version: null }),
      });
      return [get.status, put.status];
    });
    expect(statuses).toEqual([403, 403]);
    await page.goto(`${suite.server.url}/#/admin/people`);
    await page.getByText('The set-up is for the performance team.').waitFor();
    await suite.check(page, 'admin-12-refused-light');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 60_000);
});
