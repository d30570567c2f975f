// Risks in the golden thread, in the tab (issue 17): the strategy map's cards (the map at 1366 and
// 1920 px, the list at 320 px) and the golden thread's lines say the risks on each priority,
// objective and key action in the API's words, and link to the register filtered to them; an
// indicator's page lists the open risks to its objectives; the dashboard lists the risks above
// tolerance worst first, and says in words when none is left. Axe clean in the light and dark
// themes, Windows forced colours and Teams' contrast theme; photographed at 320, 1366 and 1920 px.
// The nodes, indicators and risks are found in the data (the demo is built from the suite's clock).
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type {
  Dashboard,
  IndicatorSummary,
  PlanTree,
  RegisterView,
  ThreadNode,
} from '../../src/api/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { checkTabFrame, openFramedAs, photographWidths, tabSuite } from './support/index.js';

const suite = tabSuite();
const who = DEMO_PEOPLE_IDS.leadership;
const THEMES = [
  ['dark', false],
  ['light', true],
  ['dark', true],
] as const;

const nodes = (n: ThreadNode): ThreadNode[] => [n, ...n.children.flatMap(nodes)];
const worst = (list: ThreadNode[]) =>
  list
    .filter((n) => (n.risks?.count ?? 0) > 0)
    .sort(
      (a, b) =>
        b.risks!.aboveTolerance - a.risks!.aboveTolerance ||
        b.risks!.highest!.score - a.risks!.highest!.score,
    )[0]!;

async function open(hash: string, theme: 'light' | 'dark' = 'light', width = 1366, forced = false) {
  const page = await suite.openAs(who, theme, width, forced);
  await page.evaluate((h) => (window.location.hash = h), hash);
  return page;
}

/** Each check of the page in the other themes, named `name-theme`. */
async function inEveryTheme(
  hash: string,
  name: string,
  ready: (scope: Page | Frame) => Promise<void>,
) {
  for (const [theme, forced] of THEMES) {
    const page = await open(hash, theme, 1366, forced);
    await ready(page);
    await suite.check(page, `${name}-${theme}${forced ? '-forced' : ''}`);
    await page.context().close();
  }
  // Teams' own contrast theme, in the host stand-in's content frame.
  const { page, tab } = await openFramedAs(suite.browser, suite.server.url, who, {
    tabPath: `/${hash}`,
    theme: 'contrast',
  });
  await tab.locator('[data-theme="contrast"]').waitFor();
  await ready(tab);
  expect(await checkTabFrame(page, tab, `${name}-contrast`)).toEqual([]);
  await page.context().close();
}

const plan = () => suite.server.apiAs<PlanTree>(who, '/api/plan');

/** A review by the performance team, scoring the risk down to 2×2 (and a new status if given). */
async function review(risk: RegisterView['risks'][number], more: { status?: string } = {}) {
  const people = await suite.server.deps.store.query('people');
  const admin = people.find((p) => p.fields.roles.includes('admin'))!.id;
  return fetch(`${suite.server.url}/api/risks/${encodeURIComponent(risk.code)}/reviews`, {
    method: 'POST',
    headers: { 'x-gt-user': admin, 'content-type': 'application/json' },
    body: JSON.stringify({
      version: risk.version,
      residualLikelihood: 2,
      residualImpact: 2,
      commentary: 'Mitigations in place.',
      ...more,
    }),
  });
}

describe('risks on the strategy map and the golden thread', () => {
  it('say each part’s risks in words and open the register filtered to it', async () => {
    const all = nodes((await plan()).tree!);
    const objective = worst(all.filter((n) => n.kind === 'objective'));
    const priority = worst(all.filter((n) => n.kind === 'priority'));
    expect(objective.risks!.aboveTolerance).toBeGreaterThan(0);
    const page = await open('#/strategy-map', 'light', 1366);
    const map = page.getByRole('region', { name: /^Strategy map of / });
    await expect.poll(() => map.getAttribute('aria-busy')).toBe('false');
    const link = map.locator(`[data-thread-risks="${objective.code}"]`);
    expect(await link.textContent()).toBe(
      `${objective.risks!.words} on objective ${objective.code}`,
    );
    expect(await map.locator(`[data-thread-risks="${priority.code}"]`).textContent()).toContain(
      priority.risks!.words,
    );
    // Only parts some open risk threatens carry a line.
    const carrying = all.filter(
      (n) => (n.kind === 'objective' || n.kind === 'priority') && n.risks!.count > 0,
    );
    expect(await map.locator('[data-thread-risks]').count()).toBe(carrying.length);
    // A card and its risk line are one frame: no frame overlaps another.
    const boxes = await map.locator('[data-key]').evaluateAll((els) =>
      els.map((e) => {
        const r = e.parentElement!.getBoundingClientRect();
        return { x: r.x, y: r.y, r: r.right, b: r.bottom };
      }),
    );
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.r <= b.x || b.r <= a.x || a.b <= b.y || b.b <= a.y).toBe(true);
    await suite.check(page, 'thread-risks-map-1366');
    await photographWidths(page, 'thread-risks-map');

    // At 320 px the list carries the same line, wrapped inside the screen.
    await page.setViewportSize({ width: 320, height: 900 });
    const list = page.getByRole('list', { name: /^Strategy map of / });
    await list.waitFor();
    const line = list.locator(`[data-thread-risks="${objective.code}"]`);
    const box = (await line.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await suite.check(page, 'thread-risks-map-320');

    // The link opens the register filtered to the objective: the API's risks on it.
    const on = await suite.server.apiAs<RegisterView>(
      who,
      `/api/risks?objective=${encodeURIComponent(objective.code)}`,
    );
    await line.click();
    await page.getByText(`Showing the risks that threaten objective ${objective.code}.`).waitFor();
    expect(page.url()).toContain(`#/risks?objective=${encodeURIComponent(objective.code)}`);
    await expect
      .poll(() => page.locator('[data-register] tbody tr th').allTextContents())
      .toEqual(on.risks.map((r) => r.code));
    await page.getByRole('button', { name: 'Show risks to every part of the plan' }).click();
    const everything = await suite.server.apiAs<RegisterView>(who, '/api/risks');
    await expect
      .poll(() => page.locator('[data-register] tbody tr').count())
      .toBe(everything.risks.length);
    await page.context().close();

    // The golden thread: each priority's line, then (searching opens every level) an objective's.
    const thread = await open('#/golden-thread', 'light', 1366);
    const tree = thread.getByRole('list', { name: 'The golden thread' });
    await tree.waitFor();
    expect(await tree.locator(`[data-thread-risks="${priority.code}"]`).textContent()).toBe(
      `${priority.risks!.words} on priority ${priority.code}`,
    );
    await thread.getByLabel('Search by code or title').fill(objective.code);
    await expect
      .poll(() => tree.locator(`[data-thread-risks="${objective.code}"]`).first().textContent())
      .toContain(objective.risks!.words);
    await suite.check(thread, 'thread-risks-golden-thread-1366');
    await photographWidths(thread, 'thread-risks-golden-thread');
    await thread.context().close();
    expect(suite.problems).toEqual({});
  }, 240_000);

  it('read in every theme', async () => {
    const waitMap = async (scope: Page | Frame) => {
      await scope.locator('[data-thread-risks]').first().waitFor();
    };
    await inEveryTheme('#/strategy-map', 'thread-risks-map', waitMap);
    await inEveryTheme('#/golden-thread', 'thread-risks-golden-thread', waitMap);
    expect(suite.problems).toEqual({});
  }, 240_000);
});

describe('an indicator’s page', () => {
  it('lists the open risks to its objectives, or says there are none', async () => {
    const indicators = await suite.server.apiAs<IndicatorSummary[]>(who, '/api/indicators');
    const risksTo = async (code: string) =>
      (
        await suite.server.apiAs<RegisterView>(
          who,
          `/api/risks?indicator=${encodeURIComponent(code)}`,
        )
      ).risks.filter((r) => r.status !== 'closed');
    // One with a risk above tolerance to list; one with the fewest risks, none escalated, whose
    // risks are then closed (as the performance team may) for the empty state.
    let threatened: { code: string; risks: RegisterView['risks'] } | undefined;
    let quiet: { code: string; risks: RegisterView['risks'] } | undefined;
    for (const i of indicators) {
      const risks = await risksTo(i.code);
      if (risks.some((r) => r.aboveTolerance) && !threatened) threatened = { code: i.code, risks };
      const calm = risks.length > 0 && risks.every((r) => !r.aboveTolerance);
      if (calm && (!quiet || risks.length < quiet.risks.length)) quiet = { code: i.code, risks };
    }
    expect(threatened).toBeDefined();
    expect(quiet).toBeDefined();
    const hash = `#/indicators/${encodeURIComponent(threatened!.code)}`;
    const page = await open(hash, 'light', 1366);
    const section = page.getByRole('region', { name: /^Risks to this indicator’s objectives/ });
    await section.getByRole('list').waitFor();
    expect(await section.getByRole('heading').textContent()).toBe(
      `Risks to this indicator’s objectives (${threatened!.risks.length})`,
    );
    const items = section.locator('[data-risk]');
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-risk')))).toEqual(
      threatened!.risks.map((r) => r.code),
    );
    for (const r of threatened!.risks) {
      const text = await section.locator(`[data-risk="${r.code}"]`).textContent();
      expect(text).toContain(`Residual ${r.residual.score} ${r.residual.band}`);
      expect(text).toContain(r.aboveTolerance ? 'above the tolerance of' : 'within tolerance');
      const link = section.getByRole('link', { name: r.code, exact: true });
      expect(await link.getAttribute('href')).toBe(`#/risks/${encodeURIComponent(r.code)}`);
    }
    await section.scrollIntoViewIfNeeded();
    await suite.check(page, 'thread-risks-indicator-1366');
    await photographWidths(page, 'thread-risks-indicator');
    await page.context().close();

    for (const r of quiet!.risks) {
      const res = await review(r, { status: 'closed' });
      expect(res.status).toBe(201);
    }
    const none = await open(`#/indicators/${encodeURIComponent(quiet!.code)}`, 'light', 1366);
    await none.getByText('No open risk threatens the objectives this indicator serves.').waitFor();
    expect(
      await none
        .getByRole('heading', { name: /^Risks to this indicator’s objectives/ })
        .textContent(),
    ).toBe('Risks to this indicator’s objectives (0)');
    await none.context().close();
    await inEveryTheme(hash, 'thread-risks-indicator', async (p: Page | Frame) => {
      await p.getByRole('region', { name: /^Risks to this indicator’s objectives \(/ }).waitFor();
    });
    expect(suite.problems).toEqual({});
  }, 240_000);
});

describe('the dashboard', () => {
  it('escalates the risks above tolerance worst first, and says when none is left', async () => {
    const d = await suite.server.apiAs<Dashboard>(who, '/api/dashboard');
    const escalated = d.risksAboveTolerance.risks;
    expect(escalated.length).toBeGreaterThan(1);
    const page = await open('#/dashboard', 'light', 1366);
    const section = page.getByRole('region', { name: /^Risks above tolerance/ });
    await section.getByRole('list').waitFor();
    expect(await section.getByRole('heading').textContent()).toBe(
      `Risks above tolerance (${escalated.length})`,
    );
    expect(
      await section
        .locator('[data-risk]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-risk'))),
    ).toEqual(escalated.map((r) => r.code));
    for (const r of escalated) {
      const text = (await section.locator(`[data-risk="${r.code}"]`).textContent())!;
      expect(text).toContain(`Residual ${r.residual.score} ${r.residual.band}`);
      expect(text).toContain(`owner ${r.owner.name}`);
      expect(text.toLowerCase()).toContain(r.trend.words.toLowerCase());
      expect(text).toContain(
        `${r.objectiveCodes.length === 1 ? 'objective' : 'objectives'} ${r.objectiveCodes.join(', ')};`,
      );
    }
    await section.scrollIntoViewIfNeeded();
    await suite.check(page, 'thread-risks-dashboard-1366');
    await photographWidths(page, 'thread-risks-dashboard');
    await inEveryTheme('#/dashboard', 'thread-risks-dashboard', async (p: Page | Frame) => {
      await p.getByRole('region', { name: /^Risks above tolerance/ }).waitFor();
    });

    // Each escalated risk reviewed down (as the performance team may) leaves none to escalate.
    for (const r of escalated) {
      const res = await review(r);
      expect(res.status).toBe(201);
    }
    await page.reload();
    await section
      .getByText(`No open risk is above the tolerance of ${d.risksAboveTolerance.tolerance}.`)
      .waitFor();
    expect(await section.getByRole('heading').textContent()).toBe('Risks above tolerance (0)');
    await suite.check(page, 'thread-risks-dashboard-none');
    await page.context().close();
    expect(suite.problems).toEqual({});
  }, 240_000);
});
