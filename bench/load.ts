// Load on the real server (issue 21): many concurrent clients on loopback against the routes a
// meeting or a quarter-end rush hits at once, at 300 indicators, with autocannon; then a mixed
// read/write journey (enter, check, authorise, reopen), the event loop while quarterly reports
// are made, and a soak. Bounded in time (GT_LOAD_SECONDS, default 30, 10 with --quick;
// GT_SOAK_SECONDS, default 600, 60 with --quick) and in clients; figures printed and recorded in
// bench-results.json, never asserted. Clients send Accept-Encoding: gzip, as every browser does.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import { startSyntheticServer } from './synthetic-server.js';
import { syntheticPeriods } from './synthetic-council.js';
import { outcomeOf, runJourney, type JourneyOutcome } from './journey-clients.js';
import { record } from './results.js';

const quick = process.argv.includes('--quick');
const seconds = Number(process.env.GT_LOAD_SECONDS ?? (quick ? 10 : 30));
const soakSeconds = Number(process.env.GT_SOAK_SECONDS ?? (quick ? 60 : 600));
const BROWSER = { 'accept-encoding': 'gzip' };
const SIZE = { indicators: 300, months: 24, firstFyStart: 2023 };

interface Run {
  label: string;
  connections: number;
  rps: number;
  p99: number;
  errors: number;
  errorKinds: string;
  eventLoopP99: number;
  /** The share of the run the server's event loop was busy (0–1): below 1, the clients were the limit. */
  busy: number;
}

type Options = Parameters<typeof autocannon>[0];

/** What a run of clients gives back, whether autocannon ran here or in a process of its own. */
type Outcome = JourneyOutcome;

/** Autocannon here (its `workers` option can move the clients to a thread of their own). */
const cannon = (options: Options) => () =>
  autocannon({ timeout: 10, duration: seconds, ...options }).then(outcomeOf);

/** One run of clients, with the server's event-loop delay (it shares this process) beside it. */
async function load(
  label: string,
  connections: number,
  clients: () => Promise<Outcome>,
): Promise<Run> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const before = performance.eventLoopUtilization();
  const result = await clients();
  const busy = performance.eventLoopUtilization(before).utilization;
  delay.disable();
  return {
    label,
    connections,
    rps: result.rps,
    p99: result.p99,
    errors: result.errors,
    errorKinds: result.errorKinds,
    eventLoopP99: delay.percentile(99) / 1e6,
    busy,
  };
}

function print(run: Run, unit = 'requests/s'): void {
  console.log(
    `${run.label.padEnd(28)} ${String(run.connections).padStart(3)} clients, ${seconds} s: ` +
      `${Math.round(run.rps).toLocaleString('en-GB')} ${unit}, p99 ${run.p99} ms, ` +
      `${run.errors} errors or timeouts${run.errorKinds ? ` (${run.errorKinds})` : ''}, event-loop p99 ${run.eventLoopP99.toFixed(1)} ms, ` +
      `event loop busy ${(100 * run.busy).toFixed(0)}%`,
  );
}

/** Quarterly reports back to back over HTTP until `until` resolves; how many were made. */
async function reportsUntil(url: string, until: Promise<unknown>): Promise<number> {
  let done = false;
  void until.then(() => (done = true));
  let made = 0;
  while (!done) {
    const res = await fetch(url, { headers: { 'x-gt-user': 'admin' } });
    await res.arrayBuffer();
    if (res.status === 200) made += 1;
  }
  return made;
}

interface Memory {
  heapMb: number;
  rssMb: number;
}

function memory(): Memory {
  // A full collection first, so the figure is what is held rather than what is not yet swept.
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapMb: heapUsed / 2 ** 20, rssMb: rss / 2 ** 20 };
}

/**
 * Samples memory every `everyMs` until `until` settles. The heap after a full collection is the
 * measure of a leak: RSS keeps pages the allocator has not handed back (and, at the start, the
 * earlier runs' high-water mark), so it is printed beside it but is not the test.
 */
async function sampled<T>(until: Promise<T>, everyMs: number): Promise<Memory[]> {
  const samples = [memory()];
  let done = false;
  void until.finally(() => {
    done = true;
  });
  while (!done) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    if (!done) samples.push(memory());
  }
  samples.push(memory());
  return samples;
}

/** Both stores unless GT_LOAD_STORES names one (`sqlite` or `sharepoint`). */
export async function benchLoad(): Promise<void> {
  const wanted = (process.env.GT_LOAD_STORES ?? 'sqlite,sharepoint').split(',');
  for (const store of ['sqlite', 'sharepoint'] as const) {
    if (!wanted.includes(store)) continue;
    console.log(
      store === 'sqlite'
        ? '-- SQLite store'
        : '-- SharePoint store on the Graph emulator (in its own process, as Graph is elsewhere), freshness window as configured',
    );
    await loadOn(store);
  }
}

async function loadOn(storeKind: 'sqlite' | 'sharepoint'): Promise<void> {
  // The SQLite figures are the headline names; the SharePoint ones sit beside them.
  const key = (name: string) =>
    storeKind === 'sqlite' ? name : name.replace(/^(load|soak)\./, '$1.sharepoint.');
  const { server, stop, seededMs, emulator } = await startSyntheticServer({
    ...SIZE,
    store: storeKind,
    daysAfter: 10,
    // A month of 300 returns to enter for each journey run (50 clients, 200, the soak's warm-up
    // and the soak), so no run starts on a return another left half-way when its time ran out.
    openMonths: 4,
  });
  console.log(`seeded in ${(seededMs / 1000).toFixed(1)} s`);
  try {
    // The dashboard of the last month with figures in (the four after it are still to enter).
    const period = encodeURIComponent(syntheticPeriods(SIZE).at(-5)!.key);
    const reads: [string, string, string][] = [
      ['healthz', `${server.url}/healthz`, 'admin'],
      ['dashboard', `${server.url}/api/dashboard?period=${period}`, 'admin'],
      ['plan', `${server.url}/api/plan`, 'admin'],
      ['mine', `${server.url}/api/returns/mine`, 'collector'],
    ];
    const toEnter = await server.deps.store.query('returns', { state: 'due' });
    const months = [...new Set(toEnter.map((r) => r.fields.periodKey))].sort();
    const returnsOf = (month: number) =>
      toEnter.filter((r) => r.fields.periodKey === months[month]).map((r) => r.id);
    const runs: Run[] = [];
    let errors = 0;
    for (const connections of [50, 200]) {
      for (const [name, url, personId] of reads) {
        const label = `/${name === 'healthz' ? 'healthz' : `api/${name}`}`;
        const run = await load(
          label,
          connections,
          cannon({
            url,
            connections,
            // Its own thread, so the clients' work does not queue on the server's event loop.
            workers: 1,
            headers: { ...BROWSER, 'x-gt-user': personId },
          }),
        );
        runs.push({ ...run, label: name });
        print({ ...run });
        errors += run.errors;
        if (connections === 50) {
          record(
            key(`load.${name}.rps`),
            run.rps,
            'requests/s',
            name === 'healthz' ? 'the floor' : '≥ 0.2 × load.healthz.rps',
          );
          record(key(`load.${name}.p99_ms`), run.p99, 'ms', name === 'healthz' ? '' : '≤ 250');
        }
      }
      const healthz = runs.find((r) => r.label === 'healthz' && r.connections === connections)!;
      for (const r of runs.filter((x) => x.connections === connections && x.label !== 'healthz'))
        console.log(
          `  ${r.label} at ${connections} clients: ${(r.rps / healthz.rps).toFixed(3)} × /healthz's requests/s (goal ≥ 0.2), p99 ${r.p99} ms (goal ≤ 250)`,
        );
    }

    // The journey: every request writes, so every view it touches is computed afresh.
    for (const [i, connections] of [50, 200].entries()) {
      const run = await load('journey (5 requests each)', connections, () =>
        runJourney({ url: server.url, returnIds: returnsOf(i), connections, seconds }),
      );
      print(run);
      errors += run.errors;
      if (connections === 50) {
        record(key('load.journey.rps'), run.rps, 'requests/s', 'figure only');
        record(key('load.journey.p99_ms'), run.p99, 'ms', 'figure only');
      }
    }
    record(
      key('load.errors'),
      errors,
      'count',
      '0 (timeouts and non-2xx, all routes, 50 and 200 clients)',
    );

    // The event loop while quarterly reports are made back to back, under the load a room puts
    // on the dashboard (200 requests a second, not a saturating flood: a loop kept 100% busy by
    // requests shows queueing delay whatever else runs).
    const reportUrl = `${server.url}/api/reports/quarterly?period=${encodeURIComponent('2024/25 Q4')}&format=pdf`;
    const busy = load(
      'dashboard (200/s) while reports made',
      20,
      cannon({
        url: reads[1]![1],
        connections: 20,
        overallRate: 200,
        workers: 1,
        headers: { ...BROWSER, 'x-gt-user': 'admin' },
      }),
    );
    const made = await reportsUntil(reportUrl, busy);
    const during = await busy;
    print(during);
    console.log(`  ${made} quarterly reports (PDF, 300 indicators) made meanwhile`);
    record(
      key('load.event_loop_p99_ms'),
      during.eventLoopP99,
      'ms',
      '≤ 50 while a quarterly report is generated',
    );
    record(key('load.reports_during'), made, 'count', 'figure only');

    // The soak: reads and the journey together, memory sampled throughout. Growth is taken from
    // the first sample after a tenth of the run (caches filled, pools warm) to the last.
    const soak = (options: Options) => cannon({ ...options, duration: soakSeconds, workers: 1 })();
    const running = Promise.all([
      soak({ url: reads[1]![1], connections: 20, headers: { ...BROWSER, 'x-gt-user': 'admin' } }),
      soak({ url: reads[2]![1], connections: 10, headers: { ...BROWSER, 'x-gt-user': 'admin' } }),
      runJourney({
        url: server.url,
        returnIds: returnsOf(2),
        connections: 10,
        seconds: soakSeconds,
      }),
    ]);
    const emulatorBefore = await emulator?.rssMb();
    const samples = await sampled(running, (soakSeconds * 1000) / 10);
    const emulatorAfter = await emulator?.rssMb();
    const [dash, plan, walk] = await running;
    const settled = samples[Math.min(1, samples.length - 1)]!;
    const last = samples[samples.length - 1]!;
    const soakErrors = dash.errors + plan.errors + walk.errors;
    const heaps = samples.map((m) => m.heapMb.toFixed(0)).join(' → ');
    console.log(
      `soak ${soakSeconds} s (dashboard 20, plan 10, journey 10 clients): ` +
        `${(dash.total + plan.total + walk.total).toLocaleString('en-GB')} requests ` +
        `(dashboard ${dash.total.toLocaleString('en-GB')}, p99 ${dash.p99} ms; plan ` +
        `${plan.total.toLocaleString('en-GB')}, p99 ${plan.p99} ms; journey ` +
        `${walk.total.toLocaleString('en-GB')}, p99 ${walk.p99} ms), ` +
        `${soakErrors} errors\n  heap after GC (MB): ${heaps}; growth after warm-up ` +
        `${(last.heapMb - settled.heapMb).toFixed(1)} MB (goal ≤ 50)\n  RSS ${samples[0]!.rssMb.toFixed(0)} → ` +
        `${settled.rssMb.toFixed(0)} → ${last.rssMb.toFixed(0)} MB` +
        (emulator
          ? `\n  the Graph emulator's own process (not the server's): RSS ${emulatorBefore!.toFixed(0)} → ${emulatorAfter!.toFixed(0)} MB`
          : ''),
    );
    record(key('soak.heap_growth_mb'), last.heapMb - settled.heapMb, 'MB', '≤ 50');
    record(
      key('soak.heap_peak_mb'),
      Math.max(...samples.map((m) => m.heapMb)),
      'MB',
      'figure only',
    );
    record(key('soak.rss_growth_mb'), last.rssMb - settled.rssMb, 'MB', '≤ 50 (after warm-up)');
    record(key('soak.errors'), soakErrors, 'count', '0');
    record(key('soak.seconds'), soakSeconds, 's', 'figure only');
  } finally {
    await stop();
  }
}
