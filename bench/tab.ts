// The tab's performance: time until the meeting-stage dashboard for 300 indicators is drawn in
// headless Chromium (in the teams-js host stand-in; median of 10 loads, cold = a fresh browser
// context each time, warm = reloads in one context), and the JavaScript each entry point downloads
// before it can draw (gzip), with the chunks loaded later listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureTabBuilt, launchChromium } from '../test/browser/support/index.js';
import {
  HOST_ORIGIN,
  routeTeamsHost,
  type HostOptions,
} from '../test/browser/support/teams-host.js';
import { fmt, percentile } from './stats.js';
import { startSyntheticServer } from './synthetic-server.js';
import { record } from './results.js';

const DIST = path.resolve(import.meta.dirname, '../dist/tab');

function gzipKb(file: string): number {
  return gzipSync(readFileSync(path.join(DIST, file))).length / 1024;
}

/** Scripts an HTML entry loads up front: its module script and the chunks it preloads. */
function initialScripts(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return [...new Set(refs)];
}

/** Prints each entry's initial JavaScript; returns the largest (gzip KB). */
function reportBundles(): number {
  let largest = 0;
  const entries = readdirSync(DIST).filter((f) => f.endsWith('.html'));
  const all = readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  const initial = new Set<string>();
  for (const entry of entries) {
    const scripts = initialScripts(readFileSync(path.join(DIST, entry), 'utf8'));
    scripts.forEach((s) => initial.add(s));
    const kb = scripts.reduce((sum, s) => sum + gzipKb(s), 0);
    largest = Math.max(largest, kb);
    console.log(
      `entry ${entry}: initial JavaScript ${kb.toFixed(1)} KB gzip (${scripts.length} file(s))`,
    );
  }
  for (const f of all.filter((f) => !initial.has(`assets/${f}`)))
    console.log(`  loaded later: ${f} ${gzipKb(`assets/${f}`).toFixed(1)} KB gzip`);
  return largest;
}

/** Cold (a fresh context each load) and warm (reloads in one context) times, 10 of each. */
async function stageLoads(
  browser: import('playwright-core').Browser,
  serverUrl: string,
  host: HostOptions,
): Promise<{ cold: number[]; warm: number[] }> {
  // Local mode: the stage signs in with the dev identity header.
  const identity = { 'x-gt-user': 'admin' };
  const drawn = async (page: import('playwright-core').Page) => {
    const started = performance.now();
    await page.goto(`${HOST_ORIGIN}/_stand-in`);
    const tab = await (await page.waitForSelector('iframe#tab')).contentFrame();
    await tab!
      .getByRole('heading', { level: 2, name: /^Exceptions \(/ })
      .waitFor({ timeout: 60_000 });
    return performance.now() - started;
  };
  const fresh = async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await routeTeamsHost(context, serverUrl, host, identity);
    return context;
  };
  const cold: number[] = [];
  for (let i = 0; i < 10; i++) {
    const context = await fresh();
    cold.push(await drawn(await context.newPage()));
    await context.close();
  }
  const context = await fresh();
  const page = await context.newPage();
  await drawn(page);
  const warm: number[] = [];
  for (let i = 0; i < 10; i++) warm.push(await drawn(page));
  await context.close();
  return { cold, warm };
}

export async function benchTab(): Promise<void> {
  await ensureTabBuilt();
  record('tab.initial_js_kb_gzip', reportBundles(), 'KB gzip', 'figure only (the largest entry)');
  const options = { indicators: 300, months: 24, firstFyStart: 2023 };
  const { server, last, stop } = await startSyntheticServer({
    ...options,
    daysAfter: 40,
    config: { tabDir: DIST },
  });
  // Chromium refuses a public page (the host stand-in "at" teams.microsoft.com) framing a loopback
  // server (Local Network Access); in Teams the tab is on a public host, so the check is off here.
  const browser = await launchChromium(['--disable-features=LocalNetworkAccessChecks']);
  const host: HostOptions = {
    frameContext: 'meetingStage',
    theme: 'default',
    token: 'unused-in-local-mode',
    meetingId: 'bench-meeting',
    tabPath: `/?context=meeting#/dashboard?period=${encodeURIComponent(last.key)}`,
  };
  try {
    // The tab framed from the server itself, as Teams frames it from its host; then through the
    // stand-in's proxy (every response through Playwright's process, six connections), for
    // comparison with the figures before the direct load was measured.
    const direct = await stageLoads(browser, server.url, { ...host, tabOrigin: server.url });
    const proxied = await stageLoads(browser, server.url, host);
    const line = (name: string, r: { cold: number[]; warm: number[] }) =>
      `  ${name}: cold median ${fmt(percentile(r.cold, 50))}, warm median ${fmt(percentile(r.warm, 50))}`;
    console.log(
      `stage dashboard, ${options.indicators} indicators, drawn in headless Chromium (10 loads each):\n` +
        `${line('framed from the server', direct)}\n${line("through the stand-in's proxy", proxied)}`,
    );
    record('tab.stage_cold_ms', percentile(direct.cold, 50), 'ms', '≤ 500 (median of 10)');
    record('tab.stage_warm_ms', percentile(direct.warm, 50), 'ms', 'figure only (median of 10)');
    record(
      'tab.stage_cold_proxied_ms',
      percentile(proxied.cold, 50),
      'ms',
      "figure only (through the host stand-in's proxy)",
    );
  } finally {
    await browser.close();
    await stop();
  }
}
