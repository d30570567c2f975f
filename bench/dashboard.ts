// The dashboard summary for one period through the real API over loopback: warm (nothing changed
// since the last request: the view is served from the cache) and cold (the first request after a
// figure changed, so the view is computed afresh), p50/p95 over sequential requests, with
// /healthz in the same run as the floor for an HTTP round trip here.
import { fmt, percentile, timed } from './stats.js';
import { startSyntheticServer, type SyntheticServerOptions } from './synthetic-server.js';
import { record } from './results.js';

export interface DashboardFigures {
  warmP95: number;
  coldP95: number;
  healthzP95: number;
}

type Size = Omit<SyntheticServerOptions, 'daysAfter'>;

/** Measures a council of `size`; the figures' names start with `prefix` (`api.`, `scale.api_`). */
export async function dashboardApi(size: Size, prefix: string): Promise<DashboardFigures> {
  const { server, last, seededMs, stop } = await startSyntheticServer({ ...size, daysAfter: 40 });
  try {
    const headers = { 'x-gt-user': 'admin', 'accept-encoding': 'gzip' };
    const url = `${server.url}/api/dashboard?period=${encodeURIComponent(last.key)}`;
    // Timed to the body's last byte, as a load tester times a response: reading the JSON is the
    // client's work, done once here to check what came back.
    const get = async (target = url) => {
      const res = await fetch(target, { headers });
      if (res.status !== 200) throw new Error(`${target} answered ${res.status}`);
      return res.arrayBuffer();
    };
    const body = await get();
    const first = JSON.parse(new TextDecoder().decode(body)) as { totals?: { total: number } };
    const warm: number[] = [];
    for (let i = 0; i < 200; i++) warm.push((await timed(() => get())).ms);
    const healthz: number[] = [];
    for (let i = 0; i < 200; i++)
      healthz.push((await timed(() => get(`${server.url}/healthz`))).ms);
    // A figure of the period is revised before each request, as a restatement would.
    const store = server.deps.store;
    const [revised] = await store.query('returns', { periodKey: last.key });
    let version = revised!.version;
    const cold: number[] = [];
    for (let i = 0; i < 40; i++) {
      const ctx = { actorId: 'admin', channel: 'system' as const };
      version = (
        await store.update('returns', revised!.id, version, { commentary: `Rev ${i}` }, ctx)
      ).version;
      cold.push((await timed(() => get())).ms);
    }
    const returns = (size.indicators * size.months).toLocaleString('en-GB');
    console.log(
      `dashboard for ${first.totals?.total} indicators (${returns} returns in the store, seeded in ${fmt(seededMs)}): ` +
        `${(body.byteLength / 1024).toFixed(0)} KiB of JSON; warm p50 ${fmt(percentile(warm, 50))}, p95 ${fmt(percentile(warm, 95))} (200 requests); ` +
        `cold, after a change, p50 ${fmt(percentile(cold, 50))}, p95 ${fmt(percentile(cold, 95))} (40 requests); ` +
        `/healthz p95 ${fmt(percentile(healthz, 95))}`,
    );
    const figures = {
      warmP95: percentile(warm, 95),
      coldP95: percentile(cold, 95),
      healthzP95: percentile(healthz, 95),
    };
    record(`${prefix}dashboard.p95_ms`, figures.warmP95, 'ms', '≤ 30 (nothing changed)');
    record(`${prefix}dashboard_cold.p95_ms`, figures.coldP95, 'ms', 'figure only (after a change)');
    record(`${prefix}healthz.p95_ms`, figures.healthzP95, 'ms', 'the floor for a round trip');
    return figures;
  } finally {
    await stop();
  }
}

export async function benchDashboard(): Promise<void> {
  await dashboardApi({ indicators: 300, months: 60, firstFyStart: 2021 }, 'api.');
}
