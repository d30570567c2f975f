// Load on the real server (issue 21): many concurrent clients on loopback against the routes a
// meeting or a quarter-end rush hits at once, at 300 indicators, with autocannon. Bounded in time
// (GT_LOAD_SECONDS, default 30; 10 with --quick) and in clients; figures printed, never asserted.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { startSyntheticServer } from './synthetic-server.js';

const quick = process.argv.includes('--quick');
const seconds = Number(process.env.GT_LOAD_SECONDS ?? (quick ? 10 : 30));

interface Run {
  route: string;
  connections: number;
  rps: number;
  p99: number;
  errors: number;
  eventLoopP99: number;
}

async function load(url: string, connections: number, personId: string): Promise<Run> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { 'x-gt-user': personId },
  });
  delay.disable();
  return {
    route: new URL(url).pathname,
    connections,
    rps: result.requests.average,
    p99: result.latency.p99,
    // Timeouts and anything that is not a 2xx.
    errors: result.errors + result.timeouts + result.non2xx,
    eventLoopP99: delay.percentile(99) / 1e6,
  };
}

export async function benchLoad(): Promise<void> {
  const { server, last, stop } = await startSyntheticServer({
    indicators: 300,
    months: 24,
    firstFyStart: 2023,
    daysAfter: 10,
  });
  try {
    const period = encodeURIComponent(last.key);
    const routes: [string, string][] = [
      [`${server.url}/healthz`, 'admin'],
      [`${server.url}/api/dashboard?period=${period}`, 'admin'],
      [`${server.url}/api/plan`, 'admin'],
      [`${server.url}/api/returns/mine`, 'collector'],
    ];
    const runs: Run[] = [];
    for (const connections of [50, 200]) {
      for (const [url, personId] of routes) {
        const run = await load(url, connections, personId);
        runs.push(run);
        console.log(
          `${run.route.padEnd(18)} ${String(connections).padStart(3)} clients, ${seconds} s: ` +
            `${Math.round(run.rps).toLocaleString('en-GB')} requests/s, p99 ${run.p99} ms, ` +
            `${run.errors} errors or timeouts, event-loop p99 ${run.eventLoopP99.toFixed(1)} ms`,
        );
      }
      const healthz = runs.find((r) => r.route === '/healthz' && r.connections === connections)!;
      for (const r of runs.filter((x) => x.connections === connections && x.route !== '/healthz'))
        console.log(
          `  ${r.route} at ${connections} clients: ${(r.rps / healthz.rps).toFixed(3)} × /healthz's requests/s (goal ≥ 0.2), p99 ${r.p99} ms (goal ≤ 250)`,
        );
    }
  } finally {
    await stop();
  }
}
