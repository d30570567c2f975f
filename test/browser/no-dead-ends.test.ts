// No dead ends in the tab (issue 14 item 3). The performance team sets the Authorising Officer's
// delegate to the indicator's Collection Officer on the Set-up page and is warned they cannot
// authorise it; with the Authorising Officer checking for the Responsible Officer and the delegate
// entering the figure, the escalation owner finds it in My work with a line saying why. People are
// found in the data; photographs at 320, 1366 and 1920 px; axe clean.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { actOnReturn } from '../../src/app/returns/act-on-return.js';
import { getReturnView } from '../../src/app/returns/my-returns.js';
import { updatePerson } from '../../src/app/admin/people-admin.js';
import type { Indicator, Person } from '../../src/domain/model/types.js';
import { returnCard, tabSuite, waitForStatus } from './support/index.js';

const suite = tabSuite();
const WIDTHS = [320, 1366, 1920];

async function chooseReturn(): Promise<{ indicator: Indicator; returnId: string; admin: Person }> {
  const cat = await loadCatalogue(suite.server.deps.store);
  const isAdmin = (id: string) => cat.people.get(id)?.roles.includes('admin') ?? false;
  const admin = [...cat.people.values()].find((p) => p.roles.includes('admin'))!;
  for (const i of cat.indicators.values()) {
    const ids = [i.collectorId, i.responsibleId, i.authoriserId, i.escalationOwnerId];
    if (i.retired || new Set(ids).size !== 4 || ids.some(isAdmin)) continue;
    if (!ids.every((id) => suite.names.has(id))) continue;
    const [due] = await suite.server.deps.store.query('returns', {
      indicatorId: i.id,
      state: 'due',
    });
    if (due) return { indicator: i, returnId: due.id, admin };
  }
  throw new Error('no due return with four distinct non-admin officers in the demo');
}

describe('a return nobody assigned may authorise, in the tab', () => {
  it('warns at Set-up, then shows the escalation owner why it is with them', async () => {
    const { deps } = suite.server;
    const { indicator, returnId, admin } = await chooseReturn();
    const delegateName = suite.names.get(indicator.collectorId)!;
    const ownerName = suite.names.get(indicator.escalationOwnerId)!;
    const authoriserName = suite.names.get(indicator.authoriserId)!;

    const setUp = await suite.openAs(admin.id);
    await setUp.evaluate(
      (id) => (window.location.hash = `#/admin/people/${encodeURIComponent(id)}`),
      indicator.authoriserId,
    );
    await setUp.getByRole('heading', { level: 2, name: authoriserName, exact: true }).waitFor();
    await setUp.getByLabel('Delegate').selectOption({ label: delegateName });
    await setUp.getByRole('button', { name: 'Save the details' }).click();
    const warning = `${delegateName} collects ${indicator.code}, so cannot authorise it; it will go to ${ownerName} instead.`;
    expect(await waitForStatus(setUp, 'cannot authorise')).toContain(warning);
    for (const width of WIDTHS) {
      await setUp.setViewportSize({ width, height: 900 });
      await suite.check(setUp, `workflow-delegate-warning-${width}`);
    }
    await setUp.context().close();

    // The Authorising Officer checks for the Responsible Officer; the delegate enters the figure.
    const responsible = (await deps.store.get('people', indicator.responsibleId))!;
    await updatePerson(deps, admin, indicator.responsibleId, responsible.version, {
      delegateId: indicator.authoriserId,
    });
    const due = (await getReturnView(deps, indicator.collectorId, returnId))!;
    const entered = await actOnReturn(deps, {
      returnId,
      version: due.version,
      event: {
        type: 'enter',
        value: due.target ?? 1,
        commentary: 'As counted',
        plausibilityConfirmed: true,
      },
      actorId: indicator.collectorId,
      channel: 'tab',
    });
    await actOnReturn(deps, {
      returnId,
      version: entered.view.version,
      event: { type: 'check', actionPlanId: null },
      actorId: indicator.authoriserId,
      channel: 'tab',
    });

    const page = await suite.openAs(indicator.escalationOwnerId);
    const card = returnCard(page, 'To authorise', `${indicator.code} ${due.periodLabel}`);
    await card.waitFor();
    const why = card.getByText(/^Why this is with you:/);
    expect(await why.textContent()).toMatch(/escalation owner/);
    await expect
      .poll(() => card.getByRole('button', { name: /Authorise/ }).count())
      .toBeGreaterThan(0);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await card.scrollIntoViewIfNeeded();
      await suite.check(page, `workflow-my-work-routed-${width}`);
      await page.screenshot({ path: `/tmp/gt/shots/workflow-my-work-${width}.png` });
    }
    await page.context().close();
    expect(suite.problems).toEqual({});
  });
});
