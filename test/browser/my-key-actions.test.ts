// "My key actions" on My work, in Chromium (issue 13): a key-action owner found in the demo sees
// their due update with the action's last update and rating, gives it in the form (a problem is
// named by its field first), and sees the new rating; the page is axe clean and photographed.
import { describe, expect, it } from 'vitest';
import type { MyKeyActionUpdates } from '../../src/app/key-action-updates/index.js';
import { openPage, tabSuite, waitForStatus } from './support/index.js';

const suite = tabSuite();

describe('My key actions', () => {
  it('lets the owner give a progress update and shows the new rating', async () => {
    const owners = (await (await fetch(`${suite.server.url}/api/dev/people`)).json()) as {
      id: string;
    }[];
    let found: { personId: string; mine: MyKeyActionUpdates } | null = null;
    for (const p of owners) {
      const mine = await suite.server.apiAs<MyKeyActionUpdates>(
        p.id,
        '/api/key-action-updates/mine',
      );
      if (mine.toUpdate.some((u) => u.action.owner?.id === p.id)) {
        found = { personId: p.id, mine };
        break;
      }
    }
    expect(found, 'the demo has a key-action owner with an update due').not.toBeNull();
    const update = found!.mine.toUpdate.find((u) => u.action.owner?.id === found!.personId)!;
    const page = await suite.openAs(found!.personId);
    await openPage(page, 'My work');
    const heading = page.getByRole('heading', { level: 2, name: /^My key actions \(\d+\)$/ });
    await heading.waitFor();
    const card = page.getByRole('article', { name: `${update.action.code} ${update.periodLabel}` });
    await card.waitFor();
    expect(await card.textContent()).toContain(update.action.lastUpdate || 'None yet');
    await suite.check(page, 'my-key-actions');

    const form = card.getByRole('form', {
      name: `Update ${update.action.code} for ${update.periodLabel}`,
    });
    await form.getByLabel('Status').selectOption('some-risk');
    await form.getByLabel('% complete').fill('35');
    await form.getByRole('button', { name: /^Submit/ }).click();
    // Some risk needs the why: the server names the commentary.
    await form.getByText('say what the risk is').waitFor();
    await form.getByLabel('Commentary').fill('Supplier delayed; mitigation agreed');
    await form.getByRole('button', { name: /^Submit/ }).click();
    const said = await waitForStatus(page, `${update.action.code} updated`);
    expect(said).toBe(
      `${update.action.code} updated: Some risk to timetable or outcomes, 35% complete, rated Review.`,
    );
    const stored = (await suite.server.apiAs<{
      action: { status: string; percentComplete: number };
    }>(found!.personId, `/api/key-action-updates/${update.id}`))!;
    expect(stored.action).toMatchObject({ status: 'some-risk', percentComplete: 35 });
    await suite.check(page, 'my-key-actions-saved');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 120_000);
});
