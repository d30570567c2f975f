// The strategy map at council scale: a synthetic council of 300 indicators and 200 key actions
// over a plan of 6 priorities and 18 objectives (some items serving two), drawn in headless
// Chromium at 1920 px. Two figures per load: until the first map (plan, priorities, objectives) is
// placed, and until every indicator and key action is, by ELK ("Show every indicator and key
// action"). Cold = a fresh browser context each time; warm = reloads in one context. Median of 5.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { WriteOp } from '../src/domain/ports/store.js';
import { loadConfig } from '../src/platform/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { startServer } from '../src/compose/start-server.js';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import { ensureTabBuilt, launchChromium } from '../test/browser/support/index.js';
import {
  keyActionOps,
  syntheticOps,
  syntheticPeriods,
  type SyntheticOptions,
} from './synthetic-council.js';
import { fmt, percentile } from './stats.js';

const DIST = path.resolve(import.meta.dirname, '../dist/tab');
const PRIORITIES = 6;
const OBJECTIVES = 18;
const ACTIONS = 200;
const RUNS = 5;

/** The synthetic council, its indicators spread over a real plan's shape, with key actions. */
function councilOps(options: SyntheticOptions, year: string): WriteOp[] {
  const objective = (i: number) => `o${(i % OBJECTIVES) + 1}`;
  const ops = syntheticOps(options)
    .filter((op) => op.list !== 'priorities' && op.list !== 'objectives')
    .map((op, i) =>
      op.kind === 'create' && op.list === 'indicators'
        ? {
            ...op,
            fields: {
              ...op.fields,
              // Every fifth indicator serves two objectives, as real ones do.
              objectiveIds: i % 5 ? [objective(i)] : [objective(i), objective(i + 7)],
            },
          }
        : op,
    );
  const create = (list: WriteOp['list'], id: string, fields: object) =>
    ops.push({ kind: 'create', list, id, fields: fields as Record<string, unknown> });
  for (let p = 1; p <= PRIORITIES; p++)
    create('priorities', `p${p}`, {
      planId: 'plan',
      code: `P${p}`,
      title: `Priority ${p}`,
      order: p,
    });
  for (let o = 1; o <= OBJECTIVES; o++)
    create('objectives', `o${o}`, {
      priorityId: `p${Math.ceil(o / (OBJECTIVES / PRIORITIES))}`,
      code: `O${o}`,
      title: `Objective ${o}: a title as long as a council's usually are`,
    });
  ops.push(
    ...keyActionOps(year, ACTIONS, (i) => ({
      title: `Key action ${i}: deliver something the plan promised`,
      objectiveIds: i % 10 === 9 ? [] : [objective(i * 7)],
      businessAsUsual: i % 10 === 9,
      outcome: i % 7 === 0 ? 'exceeding' : 'as-expected',
    })),
  );
  return ops;
}

const cardsDrawn = (page: Page, moreThan: number) =>
  page.waitForFunction(
    (min) => {
      const map = document.querySelector('section[aria-label^="Strategy map of"]');
      const cards = map ? [...map.querySelectorAll<HTMLElement>('[data-key]')] : [];
      return (
        map?.getAttribute('aria-busy') === 'false' &&
        cards.length > min &&
        cards.every((c) => getComputedStyle(c).visibility === 'visible')
      );
    },
    moreThan,
    { timeout: 120_000, polling: 50 },
  );

export async function benchStrategyMap(): Promise<void> {
  await ensureTabBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-map-'));
  const options = { indicators: 300, months: 24, firstFyStart: 2023 };
  const last = syntheticPeriods(options).at(-1)!;
  const store = openSqliteStore({ file: path.join(dir, 'bench.db') });
  await store.writeMany(councilOps(options, last.year), {
    actorId: 'system',
    channel: 'system',
    event: 'bench.seeded',
  });
  const now = new Date(`${last.end}T12:00:00Z`);
  now.setUTCDate(now.getUTCDate() + 40);
  const server = await startServer({
    config: loadConfig(
      {
        port: 0,
        seedDemo: false,
        logLevel: 'silent',
        dataFile: path.join(dir, 'unused.db'),
        tabDir: DIST,
      },
      {},
    ),
    logger: createLogger('silent'),
    clock: { now: () => now },
    store,
  });
  const url = `${server.url}/#/strategy-map?period=${encodeURIComponent(last.key)}`;
  const browser = await launchChromium();
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    // Local mode: the dev identity header signs the tab in, as the stage benchmark does.
    await context.setExtraHTTPHeaders({ 'x-gt-user': 'admin' });
    return context.newPage();
  };
  const load = async (page: Page, reload: boolean) => {
    const started = performance.now();
    await (reload ? page.reload() : page.goto(url));
    await cardsDrawn(page, 0);
    const first = performance.now() - started;
    const shown = await page.locator('[data-key]').count();
    // When, in the page's own time, the thread had arrived: where the first draw's time went.
    const arrived = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        plan: entries.find((e) => e.name.includes('/api/plan'))?.responseEnd ?? NaN,
      };
    });
    const expandStarted = performance.now();
    await page.getByRole('button', { name: 'Show every indicator and key action' }).click();
    await cardsDrawn(page, shown);
    return {
      first,
      shown,
      ...arrived,
      all: performance.now() - expandStarted,
      cards: await page.locator('[data-key]').count(),
    };
  };
  try {
    // The plan's request on its own, as the server answers it for this council.
    const planTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/plan?period=${encodeURIComponent(last.key)}`, {
        headers: { 'x-gt-user': 'admin' },
      });
      await res.text();
      planTimes.push(performance.now() - started);
    }
    const cold: Awaited<ReturnType<typeof load>>[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await newPage();
      cold.push(await load(page, false));
      await page.context().close();
    }
    const page = await newPage();
    await load(page, false);
    const warm: typeof cold = [];
    for (let i = 0; i < RUNS; i++) warm.push(await load(page, true));
    await page.context().close();
    const median = (runs: typeof cold, key: 'first' | 'all' | 'plan') =>
      fmt(
        percentile(
          runs.map((r) => r[key]),
          50,
        ),
      );
    console.log(
      `strategy map, ${options.indicators} indicators and ${ACTIONS} key actions, 1920 px: ` +
        `first map (plan, ${PRIORITIES} priorities, ${OBJECTIVES} objectives and the unlinked ` +
        `key actions: ${cold[0]!.shown} cards) cold median ${median(cold, 'first')}, ` +
        `warm median ${median(warm, 'first')}; then everything opened (${cold[0]!.cards} cards) ` +
        `cold median ${median(cold, 'all')}, warm median ${median(warm, 'all')} (${RUNS} loads each)`,
    );
    console.log(
      `  where the first map's time goes: GET /api/plan alone ${fmt(percentile(planTimes, 50))} ` +
        `(median); in the page (cold median, from navigation) the thread has arrived at ` +
        `${median(cold, 'plan')}, then the cards are drawn, measured and placed`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
