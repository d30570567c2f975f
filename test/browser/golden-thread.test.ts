// The golden thread filtered as a service manager would look at it: one directorate, then one
// priority. The tree keeps exactly the indicators the API lists for that filter (with the path from
// the plan down to them) and the key actions of that directorate's service plans, and the counts
// at the top describe what is shown.
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import type { IndicatorSummary, ThreadNode } from '../../src/tab/shared/api/index.js';
import { openPage, signInAs, tabSuite } from './support/index.js';

const suite = tabSuite();

function codesIn(node: ThreadNode, under?: string): Set<string> {
  const out = new Set<string>();
  const walk = (n: ThreadNode, inside: boolean) => {
    const here = inside || !under || n.id === under;
    if (n.kind === 'indicator' && here) out.add(n.code);
    n.children.forEach((c) => walk(c, here));
  };
  walk(node, false);
  return out;
}

function allNodes(node: ThreadNode): ThreadNode[] {
  return [node, ...node.children.flatMap(allNodes)];
}

describe('the golden thread, filtered', () => {
  it('shows one directorate, then one priority of it, with the indicators the API lists', async () => {
    const who = DEMO_PEOPLE_IDS.leadership;
    const all = await suite.server.apiAs<IndicatorSummary[]>(who, '/api/indicators');
    const { tree } = await suite.server.apiAs<{ tree: ThreadNode }>(who, '/api/plan');
    const directorate = all[0]!;
    const listed = await suite.server.apiAs<IndicatorSummary[]>(
      who,
      `/api/indicators?directorate=${encodeURIComponent(directorate.directorateId)}`,
    );
    const inThread = codesIn(tree);
    const want = listed.map((i) => i.code).filter((c) => inThread.has(c));
    expect(want.length).toBeGreaterThan(0);

    const context = await suite.browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    const page = await context.newPage();
    await page.goto(suite.server.url);
    await signInAs(page, suite.names.get(who)!);
    await openPage(page, 'Golden thread');
    const thread = page.getByRole('list', { name: 'The golden thread' });
    await thread.waitFor();
    await page.getByLabel('Directorate').selectOption({ label: directorate.directorateName });
    const shownCodes = async () =>
      // An indicator serving two objectives shows under each: count it once.
      [
        ...new Set(
          (await thread.locator('a[href^="#/indicators/"]').allTextContents()).map(
            (t) => t.split(' ')[0]!,
          ),
        ),
      ].sort();
    await expect.poll(shownCodes).toEqual([...want].sort());
    // Key actions follow their service plan's service into the filter.
    const actions = allNodes(tree).filter((n) => n.kind === 'key-action');
    const ours = actions.filter((a) => a.organisation?.directorateId === directorate.directorateId);
    const theirs = actions.filter((a) => !ours.some((o) => o.id === a.id));
    expect(ours.length).toBeGreaterThan(0);
    const text = (await thread.textContent()) ?? '';
    for (const a of ours) expect(text).toContain(a.title);
    for (const a of theirs) expect(text).not.toContain(a.title);
    await suite.check(page, 'golden-thread-filtered-directorate');

    const priority = tree.children.find((p) => want.some((c) => codesIn(tree, p.id).has(c)))!;
    await page.getByLabel('Priority').selectOption({ value: priority.id });
    const under = codesIn(tree, priority.id);
    await expect.poll(shownCodes).toEqual(want.filter((c) => under.has(c)).sort());
    await suite.check(page, 'golden-thread-filtered-priority');
    await context.close();
    expect(suite.problems).toEqual({});
  }, 90_000);
});
