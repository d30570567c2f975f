// The ward map in headless Chromium (issue 16, "done when": under a second): from navigation to the
// indicator page until every ward's path is drawn, for the demo council's 21 wards and for a
// council-sized set of 300 detailed wards (about 170 positions each, uploaded through
// PUT /api/boundaries/:set as a council would). Cold = a fresh browser context each load, at
// 1366 px. Median and worst of 5.
import type { Page } from 'playwright-core';
import { DEMO_PEOPLE_IDS } from '../src/demo/index.js';
import { ensureTabBuilt, launchChromium, startTestServer } from '../test/browser/support/index.js';
import { councilWardFile } from '../test/support/council-wards.js';
import { record } from './results.js';
import { fmt, percentile } from './stats.js';

const RUNS = 5;
const SET = 'Council wards (bench)';

export async function benchWardMap(): Promise<void> {
  await ensureTabBuilt();
  const server = await startTestServer();
  const { store } = server.deps;
  const admin = (await store.query('people')).find((p) => p.fields.roles.includes('admin'))!;
  const file = councilWardFile(300);
  const res = await fetch(`${server.url}/api/boundaries/${encodeURIComponent(SET)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-gt-user': admin.id },
    body: JSON.stringify(file),
  });
  if (!res.ok) throw new Error(`boundary upload refused: ${res.status} ${await res.text()}`);
  const bytes = JSON.stringify(file).length;
  // A 300-ward breakdown of WR02's latest broken-down period, written straight to the store.
  const wr02 = (await store.query('indicators')).find((i) => i.fields.code === 'WR02')!;
  const periodKey = (await store.query('breakdownValues', { indicatorId: wr02.id }))
    .map((b) => b.fields.periodKey)
    .sort()
    .pop()!;
  await store.writeMany(
    file.features.map((f, i) => ({
      kind: 'create' as const,
      list: 'breakdownValues' as const,
      fields: {
        indicatorId: wr02.id,
        periodKey,
        dimension: 'area',
        breakdown: 'Council ward',
        key: f.properties.WD24CD,
        label: f.properties.WD24NM,
        value: 30 + ((i * 37) % 40),
        numerator: null,
        denominator: null,
        enteredBy: admin.id,
        enteredAt: new Date().toISOString(),
      },
    })),
    { actorId: admin.id, channel: 'system', event: 'bench.breakdowns' },
  );
  const browser = await launchChromium();
  const url = `${server.url}/#/indicators/WR02?breakdowns=${encodeURIComponent(periodKey)}`;
  const drawn = (page: Page, breakdown: string, count: number) =>
    page.waitForFunction(
      ([b, n]) =>
        document.querySelectorAll(`[data-breakdown="${b}"] [data-ward-map] path[d^="M"]`).length ===
        n,
      [breakdown, count] as const,
      { timeout: 30_000, polling: 'raf' },
    );
  try {
    const times = {
      demo: [] as number[],
      council: [] as number[],
      page: [] as number[],
      data: [] as number[],
    };
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      await context.setExtraHTTPHeaders({ 'x-gt-user': DEMO_PEOPLE_IDS.leadership });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(url);
      await page.locator('h1').first().waitFor();
      times.page.push(performance.now() - started);
      await drawn(page, 'Ward', 21);
      times.demo.push(performance.now() - started);
      await drawn(page, 'Council ward', 300);
      times.council.push(performance.now() - started);
      // In the page's own time from navigation: when the breakdowns (with boundaries) had arrived.
      times.data.push(
        await page.evaluate(
          () =>
            (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
              e.name.endsWith('/breakdowns'),
            )?.responseEnd ?? NaN,
        ),
      );
      await context.close();
    }
    const line = (name: string, t: number[]) =>
      `${name}: median ${fmt(percentile(t, 50))}, worst ${fmt(Math.max(...t))} (${RUNS} cold loads)`;
    console.log(line('ward map, demo council (21 wards), navigation to paths drawn', times.demo));
    console.log(
      line(
        `ward map, 300 wards (${(bytes / 1e6).toFixed(1)} MB GeoJSON), navigation to paths drawn`,
        times.council,
      ),
    );
    console.log(
      `  where the time goes (medians): the indicator page's heading at ${fmt(percentile(times.page, 50))}; ` +
        `the breakdowns and boundaries arrived at ${fmt(percentile(times.data, 50))} (page time from navigation)`,
    );
    record('tab.ward_map_demo_ms', percentile(times.demo, 50), 'ms', '< 1000');
    record('tab.ward_map_300_ms', percentile(times.council, 50), 'ms', '< 1000');
  } finally {
    await browser.close();
    await server.close();
  }
}
