// Setting up the plan through the real tab as the demo admin: a corporate plan (refused first for
// its years), two priorities and an objective, a reorder with Move up, a retirement; a service
// plan and a key action (refused first for its dates and missing objectives) with a milestone,
// then next year's service plan from a preview. Every page is checked with axe at 1366 px and
// at 320 px (the Teams side panel) and photographed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { financialYearLabel, parseFinancialYear } from '../../src/domain/periods/index.js';
import { tabSuite, waitForStatus } from './support/index.js';

const suite = tabSuite();

const setUp = (page: Page, section: string) =>
  page.getByRole('navigation', { name: 'Set-up' }).getByRole('link', { name: section }).click();

/**
 * The first financial year after the current plan ends, whatever day the suite runs at
 * (GT_TEST_NOW): new plans and service plans go there, clear of the demo's own.
 */
async function yearAfterCurrentPlan(): Promise<number> {
  const res = await fetch(`${suite.server.url}/api/admin/plans`, {
    headers: { 'x-gt-user': DEMO_PEOPLE_IDS.admin },
  });
  const plans = (await res.json()) as { current: boolean; lastYear: string }[];
  return parseFinancialYear(plans.find((p) => p.current)!.lastYear) + 1;
}

/** axe and a photograph at the desktop width, then at the side panel's 320 px. */
async function checkBothWidths(page: Page, name: string) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await suite.check(page, `${name}-1366`);
  await page.setViewportSize({ width: 320, height: 800 });
  await suite.check(page, `${name}-320`);
  // Nothing wider than the panel: the widest offenders are named if something is.
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const over = (e: Element) => e.getBoundingClientRect().right > limit + 1;
    return [...document.querySelectorAll('main *')]
      .filter((e) => over(e) && ![...e.children].some(over))
      .slice(0, 5)
      .map((e) => `${e.tagName} ${(e.textContent ?? '').slice(0, 40)}`);
  });
  expect(wide).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 900 });
}

describe('plan set-up, through the tab', () => {
  it('creates a plan, priorities and an objective, reorders and retires', async () => {
    const y = await yearAfterCurrentPlan();
    const page = await suite.openAs(DEMO_PEOPLE_IDS.admin);
    await page.goto(`${suite.server.url}/#/admin/indicators`);
    await setUp(page, 'Corporate plans');
    await page.getByRole('heading', { level: 2, name: 'Corporate plans' }).waitFor();
    await page.getByRole('button', { name: 'Add a plan' }).click();
    const add = page.getByRole('form', { name: 'Add a corporate plan' });
    await add.getByLabel('Code').fill('KL');
    await add.getByLabel('Title').fill('Corporate Business Plan');
    await add.getByLabel('First financial year').fill(financialYearLabel(y + 1));
    await add.getByLabel('Last financial year').fill(financialYearLabel(y));
    await add.getByRole('button', { name: 'Add the plan' }).click();
    await add
      .getByText(`must not be before the first year (${financialYearLabel(y + 1)})`)
      .waitFor();
    await checkBothWidths(page, 'plan-setup-01-plan-problem');
    await add.getByLabel('Last financial year').fill(financialYearLabel(y + 2));
    await add.getByRole('button', { name: 'Add the plan' }).click();
    await waitForStatus(page, 'Corporate Business Plan added.');
    await page.getByRole('heading', { level: 3, name: /^KL Corporate Business Plan/ }).waitFor();

    for (const [code, title] of [
      ['KL-P1', 'Focusing on delivery'],
      ['KL-P2', 'Protecting our environment'],
    ] as const) {
      await page.getByRole('button', { name: 'Add a priority' }).click();
      const form = page.getByRole('form', { name: 'Add a priority to Corporate Business Plan' });
      await form.getByLabel('Code').fill(code);
      await form.getByLabel('Title').fill(title);
      await form.getByRole('button', { name: 'Add the priority' }).click();
      await waitForStatus(page, `${code} added.`);
    }
    await page
      .getByRole('button', { name: 'Add an objective to KL-P1 Focusing on delivery' })
      .click();
    const objective = page.getByRole('form', {
      name: 'Add an objective to KL-P1 Focusing on delivery',
    });
    await objective.getByLabel('Code').fill('KL-O1');
    await objective.getByLabel('Title').fill('Deliver the local plan');
    await objective.getByRole('button', { name: 'Add the objective' }).click();
    await waitForStatus(page, 'KL-O1 added.');

    const priorities = page.getByRole('list', { name: 'Priorities of Corporate Business Plan' });
    const firstLine = () => priorities.locator(':scope > li p').first().textContent();
    expect(await firstLine()).toContain('KL-P1');
    // Keyboard: focus the button and press Enter, as a keyboard user would.
    await page.getByRole('button', { name: 'Move up KL-P2 Protecting our environment' }).focus();
    await page.keyboard.press('Enter');
    await waitForStatus(page, 'KL-P2 moved.');
    await expect.poll(firstLine).toContain('KL-P2');

    await page.getByRole('button', { name: 'Retire KL-O1 Deliver the local plan' }).click();
    await waitForStatus(page, 'KL-O1 retired.');
    await page.getByRole('button', { name: 'Reinstate KL-O1 Deliver the local plan' }).waitFor();
    expect(await page.getByText('KL-O1 Deliver the local plan (retired)').count()).toBe(1);
    await checkBothWidths(page, 'plan-setup-02-outline');

    // An earlier plan is shown read-only, with no way to change it.
    const choices = await page
      .getByLabel('Plan', { exact: true })
      .locator('option')
      .evaluateAll((os) =>
        os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
      );
    const plans = (await (
      await fetch(`${suite.server.url}/api/admin/plans`, {
        headers: { 'x-gt-user': DEMO_PEOPLE_IDS.admin },
      })
    ).json()) as { id: string; current: boolean; lastYear: string; firstYear: string }[];
    const current = plans.find((p) => p.current)!;
    const earlier = plans.find((p) => p.lastYear < current.firstYear)!;
    expect(choices.map((c) => c.value)).toContain(earlier.id);
    await page.getByLabel('Plan', { exact: true }).selectOption(earlier.id);
    await page.getByText('This is an earlier plan: it is kept as it was').waitFor();
    expect(await page.getByRole('button', { name: 'Edit the plan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Move up / }).count()).toBe(0);
    await suite.check(page, 'plan-setup-02b-earlier-plan');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);

  it('creates a service plan and a key action, then starts next year from a preview', async () => {
    const y = await yearAfterCurrentPlan();
    const [year, next] = [financialYearLabel(y), financialYearLabel(y + 1)];
    const page = await suite.openAs(DEMO_PEOPLE_IDS.admin);
    await page.goto(`${suite.server.url}/#/admin/service-plans`);
    await page.getByRole('heading', { level: 2, name: 'Service plans' }).waitFor();
    // The council's choice: key-action updates wait for the service head's check, or not.
    const check = page.getByLabel('The service head checks key-action updates before they count');
    await check.check();
    await waitForStatus(page, 'now wait for the service head’s check');
    await check.uncheck();
    await waitForStatus(page, 'count as soon as the owner submits them');
    await page.getByRole('button', { name: 'Add a service plan' }).click();
    const add = page.getByRole('form', { name: 'Add a service plan' });
    await add.getByLabel('Code').fill(`ZZ-${year}`);
    await add.getByLabel('Title').fill(`Test Service Plan ${year}`);
    await add.getByLabel('Financial year').fill(year);
    await add.getByRole('button', { name: 'Add the service plan' }).click();
    await waitForStatus(page, `Test Service Plan ${year} added.`);
    await page
      .getByRole('heading', { level: 3, name: `ZZ-${year} Test Service Plan ${year}` })
      .waitFor();

    await page.getByRole('button', { name: 'Add a key action' }).click();
    const form = page.getByRole('form', { name: 'Add a key action' });
    await form.getByLabel('Code').fill('ZZ-KA1');
    await form.getByLabel('Title').fill('Open the new recycling centre');
    await form.getByLabel('Start date').fill(`01/05/${y}`);
    await form.getByLabel('Due date').fill(`01/04/${y}`);
    await form.getByLabel('Corporate project (reported to the Programme Board)').check();
    await form.getByRole('button', { name: 'Add a milestone' }).click();
    await form.getByLabel('Milestone 1', { exact: true }).fill('Planning permission granted');
    await form.getByLabel('Milestone 1 date').fill(`30/09/${y}`);
    await form.getByRole('button', { name: 'Add the key action' }).click();
    await form.getByText('must not be before the start date').waitFor();
    await form.getByText('choose at least one objective, or mark it business as usual').waitFor();
    await checkBothWidths(page, 'plan-setup-03-key-action-problem');
    await form.getByLabel('Due date').fill(`31/03/${y + 1}`);
    await form
      .getByRole('group', { name: 'Objectives it serves' })
      .getByRole('checkbox')
      .first()
      .check();
    await form.getByRole('button', { name: 'Add the key action' }).click();
    await waitForStatus(page, 'ZZ-KA1 added.');
    const actions = page.getByRole('list', { name: `Key actions of Test Service Plan ${year}` });
    // The list is drawn again from the server after the status: wait for the new key action.
    await expect.poll(() => actions.textContent()).toContain('corporate project');

    await page.getByRole('button', { name: 'Start next year’s service plan' }).click();
    const carried = page.getByRole('list', { name: 'Key actions to carry forward' });
    await expect
      .poll(() => carried.textContent())
      .toContain('ZZ-KA1 Open the new recycling centre');
    await checkBothWidths(page, 'plan-setup-04-next-year-preview');
    await page.getByRole('button', { name: `Confirm: start ${next}` }).click();
    expect(await waitForStatus(page, 'carried forward')).toContain(
      `Test Service Plan ${next} started with 1 key action carried forward.`,
    );
    await page
      .getByRole('heading', { level: 3, name: `ZZ-${next} Test Service Plan ${next}` })
      .waitFor();
    await checkBothWidths(page, 'plan-setup-05-next-year-started');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);

  it('lets a service head who is not in the performance team set up only their own plans', async () => {
    const asAdmin = await fetch(`${suite.server.url}/api/admin/service-plans`, {
      headers: { 'x-gt-user': DEMO_PEOPLE_IDS.admin },
    });
    const all = (await asAdmin.json()) as { ownerId: string; serviceId: string; code: string }[];
    // A head found in the data: owns a plan and is not in the performance team.
    const people = (await (
      await fetch(`${suite.server.url}/api/admin/people`, {
        headers: { 'x-gt-user': DEMO_PEOPLE_IDS.admin },
      })
    ).json()) as { id: string; roles: string[] }[];
    const org = (await (
      await fetch(`${suite.server.url}/api/organisation`, {
        headers: { 'x-gt-user': DEMO_PEOPLE_IDS.admin },
      })
    ).json()) as { services: { id: string; headId: string | null }[] };
    const head = all.find(
      (sp) => !people.find((p) => p.id === sp.ownerId)!.roles.includes('admin'),
    )!.ownerId;
    // Theirs: the plans they own and the plans of the services they head.
    const headed = new Set(org.services.filter((s) => s.headId === head).map((s) => s.id));
    const theirs = all
      .filter((sp) => sp.ownerId === head || headed.has(sp.serviceId))
      .map((sp) => sp.code);
    const page = await suite.openAs(head);
    await page.goto(`${suite.server.url}/#/admin/service-plans`);
    await page.getByRole('heading', { level: 2, name: 'Service plans' }).waitFor();
    const offered = await page
      .getByLabel('Service plan')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o.textContent ?? '').split(' ')[0]));
    expect(offered.sort()).toEqual(theirs.sort());
    expect(offered.length).toBeLessThan(all.length);
    // The council-wide setting is the performance team's alone.
    expect(await page.getByLabel(/checks key-action updates/).count()).toBe(0);
    await checkBothWidths(page, 'plan-setup-06-service-head');
    await page.goto(`${suite.server.url}/#/admin/plans`);
    await page.getByText('The set-up is for the performance team.').waitFor();
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);
});
