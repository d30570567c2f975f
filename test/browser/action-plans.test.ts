// Action plans followed to the end, in the tab (issue 14 item 4). Passing an off-target figure asks
// which plan answers it with nothing chosen; an overdue plan cannot be used without a note on where
// it stands, and the note joins the plan, which the Authorising Officer then sees beside the
// figure. With the council's setting asking a panel to approve plans, a new plan written at the
// check (with corrective actions) waits in a panel member's My work until approved; its owner then
// adds progress on the indicator page and closes it with an outcome, which is required. People and
// returns are found in the data, dates come from the suite's clock; axe clean; photographed at 320
// and 1366 px.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { actOnReturn } from '../../src/app/returns/act-on-return.js';
import { getReturnView } from '../../src/app/returns/my-returns.js';
import { NEW_ACTION_PLAN } from '../../src/domain/model/action-plan-defaults.js';
import type { ActionPlanApprovalRule, Indicator } from '../../src/domain/model/types.js';
import { formatDate, londonDate } from '../../src/domain/periods/index.js';
import { addDaysIso } from '../../src/demo/dates.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { returnCard, tabSuite, waitForStatus } from './support/index.js';

const suite = tabSuite();
const SHOTS = '/tmp/gt/shots-plans';
const system = { actorId: 'test', channel: 'system' as const };

const today = () => londonDate(suite.server.deps.clock.now());
const ukDate = (iso: string) => formatDate(iso);

/**
 * An indicator whose three officers are different people outside the performance team, with a
 * due return it enters now at an Action-level figure (15% the wrong side of target), so the
 * Responsible Officer has it to check and it is off target. `skip` leaves out indicators used.
 */
async function offTargetReturn(skip: ReadonlySet<string>) {
  const { deps } = suite.server;
  const cat = await loadCatalogue(deps.store);
  const isAdmin = (id: string) => cat.people.get(id)?.roles.includes('admin') ?? false;
  for (const i of cat.indicators.values()) {
    const ids = [i.collectorId, i.responsibleId, i.authoriserId];
    if (i.retired || i.contextOnly || i.polarity === 'none' || skip.has(i.id)) continue;
    if (new Set(ids).size !== 3 || ids.some(isAdmin) || !ids.every((id) => suite.names.has(id)))
      continue;
    if (ids.includes(DEMO_PEOPLE_IDS.leadership)) continue;
    for (const due of await deps.store.query('returns', { indicatorId: i.id, state: 'due' })) {
      const view = (await getReturnView(deps, i.collectorId, due.id))!;
      if (view.target === null || view.target === 0) continue;
      const value = Number(
        (i.polarity === 'lower' ? view.target * 1.15 : view.target * 0.85).toFixed(i.decimals),
      );
      const entered = await actOnReturn(deps, {
        returnId: due.id,
        version: view.version,
        event: { type: 'enter', value, commentary: 'As counted', plausibilityConfirmed: true },
        actorId: i.collectorId,
        channel: 'tab',
      });
      return { indicator: i, ret: entered.view };
    }
  }
  throw new Error('the demo council has no due return with separate officers and a target');
}

/** An open plan for the indicator, due ten days ago: overdue on the suite's day. */
async function overduePlan(indicator: Indicator, periodKey: string) {
  return suite.server.deps.store.create(
    'actionPlans',
    {
      indicatorId: indicator.id,
      periodKey,
      reasons: 'Crews were short over the summer.',
      actions: 'Agency cover and a recruitment drive.',
      ownerId: indicator.responsibleId,
      dueDate: addDaysIso(today(), -10),
      expectedRecovery: periodKey,
      status: 'open',
      closedAt: null,
      ...NEW_ACTION_PLAN,
      correctiveActions: [
        { title: 'Hire agency crews', dueDate: addDaysIso(today(), -20), done: false },
      ],
      progress: [],
    },
    system,
  );
}

async function setApproval(rule: ActionPlanApprovalRule) {
  const { store } = suite.server.deps;
  const [item] = await store.query('settings', { key: 'actionPlanApproval' });
  if (item) await store.update('settings', item.id, item.version, { value: rule }, system);
  else await store.create('settings', { key: 'actionPlanApproval', value: rule }, system);
}

async function photograph(page: Page, name: string, scrollTo: ReturnType<Page['locator']>) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [320, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await scrollTo.scrollIntoViewIfNeeded();
    await scrollTo.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('action plans in the tab', () => {
  const used = new Set<string>();

  it('asks which plan answers an off-target figure, and blocks an overdue plan without a note', async () => {
    await setApproval({ kind: 'none' });
    const { indicator, ret } = await offTargetReturn(used);
    used.add(indicator.id);
    const plan = await overduePlan(indicator, ret.periodKey);
    const since = ukDate(addDaysIso(today(), -20));
    const what = `${indicator.code} for ${ret.periodLabel}`;

    const page = await suite.openAs(indicator.responsibleId);
    const card = returnCard(page, 'To check', `${indicator.code} ${ret.periodLabel}`);
    await card.getByRole('button', { name: `Pass ${what}` }).click();
    const group = card.getByRole('radiogroup');
    await group.waitFor();
    const radios = group.getByRole('radio');
    expect(await radios.count()).toBeGreaterThanOrEqual(2);
    for (const r of await radios.all()) expect(await r.isChecked()).toBe(false);
    const overdue = card.getByRole('radio', { name: new RegExp(`overdue since ${since}`) });
    expect(await overdue.count()).toBe(1);
    await card.getByRole('radio', { name: 'Write a new plan' }).waitFor();

    // Nothing chosen: not passed.
    const passWith = card.getByRole('button', { name: 'Update the plan and pass' });
    await passWith.click();
    await card.getByText('Choose an open plan to update, or write a new plan').waitFor();

    // The overdue plan, with no note: blocked, in words by the field.
    await overdue.check();
    const chosen = card.getByRole('region', { name: /^The chosen plan for / });
    expect(await chosen.textContent()).toContain(`Overdue since ${since}`);
    expect(await chosen.textContent()).toContain('Hire agency crews');
    await passWith.click();
    await card
      .getByText('This plan is overdue: say where it stands before passing the figure')
      .waitFor();
    expect((await suite.server.deps.store.get('returns', ret.id))!.fields.state).toBe('submitted');
    await suite.check(page, 'plans-check-overdue-1280');
    await photograph(page, 'check-view', card);

    const note = 'Two agency crews start next week; the drive has six applicants.';
    await card.getByLabel(/Where does the plan stand\?/).fill(note);
    await passWith.click();
    expect(await waitForStatus(page, 'passed')).toContain(`${what} passed and sent to`);
    const stored = (await suite.server.deps.store.get('returns', ret.id))!;
    expect(stored.fields.state).toBe('checked');
    expect(stored.fields.actionPlanId).toBe(plan.id);
    const after = (await suite.server.deps.store.get('actionPlans', plan.id))!;
    expect(after.fields.progress.map((p) => p.text)).toEqual([note]);
    await page.context().close();

    // The Authorising Officer sees the plan beside the figure, overdue mark and the note included.
    const authoriser = await suite.openAs(indicator.authoriserId);
    const toAuthorise = returnCard(
      authoriser,
      'To authorise',
      `${indicator.code} ${ret.periodLabel}`,
    );
    const beside = toAuthorise.getByRole('region', { name: /^Action plan from / });
    await beside.waitFor();
    const text = (await beside.textContent()) ?? '';
    expect(text).toContain(`Overdue since ${since}`);
    expect(text).toContain(note);
    expect(text).toContain(suite.names.get(indicator.responsibleId)!);
    expect(text).toContain('No approval needed');
    await suite.check(authoriser, 'plans-authoriser-1280');
    await photograph(authoriser, 'authoriser-view', toAuthorise);

    // The indicator page lists the plan, open and overdue, marked in words.
    await authoriser.goto(`${suite.server.url}/#/indicators/${encodeURIComponent(indicator.code)}`);
    const section = authoriser.getByRole('region', { name: /^Action plans \(/ });
    const panel = section.getByRole('region', {
      name: new RegExp(`open, overdue since ${since}$`),
    });
    await panel.waitFor();
    expect(await panel.textContent()).toContain(note);
    await suite.check(authoriser, 'plans-indicator-overdue-1280');
    await photograph(authoriser, 'indicator-plans-overdue', section);
    await authoriser.context().close();

    // The overdue mark reads in the dark theme too (words in the text colour, the icon red).
    const dark = await suite.openAs(indicator.authoriserId, 'dark');
    await dark.goto(`${suite.server.url}/#/indicators/${encodeURIComponent(indicator.code)}`);
    await dark.getByText(`Overdue since ${since}`).first().waitFor();
    await suite.check(dark, 'plans-indicator-overdue-dark');
    await dark.context().close();
    expect(suite.problems).toEqual({});
  }, 180_000);

  it('has a new plan approved by a panel member, then followed and closed with an outcome', async () => {
    const member = DEMO_PEOPLE_IDS.leadership;
    await setApproval({ kind: 'panel', name: 'Corporate Performance Panel', memberIds: [member] });
    const { indicator, ret } = await offTargetReturn(used);
    used.add(indicator.id);
    const what = `${indicator.code} for ${ret.periodLabel}`;
    const first = addDaysIso(today(), 14);
    const second = addDaysIso(today(), 42);

    // The Responsible Officer writes a new plan at the check, with two corrective actions.
    const page = await suite.openAs(indicator.responsibleId);
    const card = returnCard(page, 'To check', `${indicator.code} ${ret.periodLabel}`);
    await card.getByRole('button', { name: `Pass ${what}` }).click();
    // With open plans of its own the indicator asks which; with none, the new plan's form is shown.
    const newPlan = card.getByRole('radio', { name: 'Write a new plan' });
    const reasons = card.getByLabel('Why is performance below target?');
    await newPlan.or(reasons).first().waitFor();
    if (await newPlan.count()) await newPlan.check();
    await reasons.fill('A new contractor started late.');
    await card.getByLabel('What is being done to recover?').fill('Weekly contract meetings.');
    await card.getByLabel('Actions due by').fill(ukDate(second));
    for (const [i, [title, due]] of [
      ['Agree a recovery schedule', first],
      ['Audit the missed collections', second],
    ].entries()) {
      await card.getByRole('button', { name: 'Add a corrective action' }).click();
      await card
        .getByRole('textbox', { name: new RegExp(`^Corrective action ${i + 1}\\b`) })
        .fill(title!);
      await card.getByLabel(`Action ${i + 1} due by`).fill(ukDate(due!));
    }
    await suite.check(page, 'plans-new-plan-1280');
    await card.getByRole('button', { name: 'Save the action plan and pass' }).click();
    expect(await waitForStatus(page, 'passed')).toContain(`${what} passed`);
    const planId = (await suite.server.deps.store.get('returns', ret.id))!.fields.actionPlanId!;
    const created = (await suite.server.deps.store.get('actionPlans', planId))!;
    expect(created.fields.approval).toBe('pending');
    expect(created.fields.correctiveActions.map((a) => [a.title, a.dueDate])).toEqual([
      ['Agree a recovery schedule', first],
      ['Audit the missed collections', second],
    ]);
    await page.context().close();

    // The panel member finds it in My work; "Not approved" needs a note; then approves it.
    const panel = await suite.openAs(member);
    const awaiting = panel.getByRole('region', { name: /^Action plans awaiting your approval/ });
    const plan = awaiting.getByRole('region', {
      name: new RegExp(`^${indicator.code} action plan`),
    });
    await plan.waitFor();
    expect(await plan.textContent()).toContain(
      'Awaiting approval by the Corporate Performance Panel',
    );
    await plan.getByRole('button', { name: 'Not approved' }).click();
    await plan.getByText('Say why the plan is not approved, so its owner can improve it').waitFor();
    await suite.check(panel, 'plans-awaiting-approval-1280');
    await plan.getByRole('button', { name: 'Approve', exact: true }).click();
    expect(await waitForStatus(panel, 'You approved')).toContain(
      `You approved the ${indicator.code} action plan`,
    );
    const approved = (await suite.server.deps.store.get('actionPlans', planId))!;
    expect(approved.fields.approval).toBe('approved');
    expect(approved.fields.approvedBy).toBe(member);
    await panel.context().close();

    // Its owner adds progress on the indicator page, then closes it: the outcome is required.
    const owner = await suite.openAs(indicator.responsibleId);
    await owner.goto(`${suite.server.url}/#/indicators/${encodeURIComponent(indicator.code)}`);
    const section = owner.getByRole('region', { name: /^Action plans \(/ });
    const mine = () => section.locator(`[data-plan-id="${planId}"]`);
    await mine().waitFor();
    expect(await mine().textContent()).toContain('Approved');
    await mine()
      .getByRole('button', { name: /^Add progress/ })
      .click();
    await mine()
      .getByRole('checkbox', { name: /^Agree a recovery schedule/ })
      .check();
    await mine()
      .getByLabel('Where does the plan stand?')
      .fill('Schedule agreed with the contractor.');
    await mine().getByRole('button', { name: 'Save progress' }).click();
    await waitForStatus(owner, 'was saved');
    await mine().getByText('Schedule agreed with the contractor.').waitFor();
    expect(await mine().textContent()).toMatch(/Agree a recovery schedule, due [\d/]+: done/);

    await mine()
      .getByRole('button', { name: /^Close/ })
      .click();
    await mine().getByRole('button', { name: 'Close the plan' }).click();
    await mine().getByText('Say what came of the plan before closing it').waitFor();
    await suite.check(owner, 'plans-close-1280');
    await photograph(owner, 'indicator-plans-close', section);
    const outcome = 'Collections back on schedule; missed bins down to target.';
    await mine()
      .getByLabel(/What came of the plan\?/)
      .fill(outcome);
    await mine().getByRole('button', { name: 'Close the plan' }).click();
    await waitForStatus(owner, 'was closed');
    await mine().getByText(outcome).waitFor();
    expect(await mine().getByRole('heading').textContent()).toMatch(/: closed$/);
    const closed = (await suite.server.deps.store.get('actionPlans', planId))!;
    expect(closed.fields.status).toBe('closed');
    expect(closed.fields.outcome).toBe(outcome);
    await suite.check(owner, 'plans-closed-1280');
    await photograph(owner, 'indicator-plans-closed', section);
    await owner.context().close();
    await setApproval({ kind: 'none' });
    expect(suite.problems).toEqual({});
  }, 180_000);
});
