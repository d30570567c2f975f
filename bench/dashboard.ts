// The dashboard summary for one period with 300 indicators, through the real API over loopback:
// p50/p95 over 200 sequential requests.
import { fmt, percentile, timed } from './stats.js';
import { startSyntheticServer } from './synthetic-server.js';

export async function benchDashboard(): Promise<void> {
  const options = { indicators: 300, months: 60, firstFyStart: 2021 };
  const { server, last, seededMs, stop } = await startSyntheticServer({
    ...options,
    daysAfter: 40,
  });
  try {
    const url = `${server.url}/api/dashboard?period=${encodeURIComponent(last.key)}`;
    const get = async () => {
      const res = await fetch(url, { headers: { 'x-gt-user': 'admin' } });
      if (res.status !== 200) throw new Error(`dashboard answered ${res.status}`);
      return (await res.json()) as { totals: { total: number } };
    };
    const first = await get();
    const samples: number[] = [];
    for (let i = 0; i < 200; i++) samples.push((await timed(get)).ms);
    console.log(
      `dashboard for ${first.totals.total} indicators (${(options.indicators * options.months).toLocaleString('en-GB')} returns in the store, seeded in ${fmt(seededMs)}): ` +
        `p50 ${fmt(percentile(samples, 50))}, p95 ${fmt(percentile(samples, 95))} over 200 requests`,
    );
  } finally {
    await stop();
  }
}
