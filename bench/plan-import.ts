// Importing a council's whole plan from CSV: 1,000 items (1 plan, 10 priorities, 90 objectives,
// 50 service plans, 849 key actions linked to objectives) into an empty SQLite store through the
// same use case as `golden-thread plan import`, parse, resolution and validation included.
// Items per second, the median of 3 runs, each into a fresh store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importPlanCsv } from '../src/app/plan-import/index.js';
import type { Store } from '../src/domain/ports/store.js';
import { openSqliteStore } from '../src/stores/sqlite/index.js';
import { person } from '../test/support/plan-council.js';
import { fmt, percentile, timed } from './stats.js';

const SERVICES = 50;
const ctx = { actorId: 'system', channel: 'system' as const };

function buildCsv(): { csv: string; items: number } {
  const lines = ['level,code,title,parent,start,end,service,year,owner,objectives,description'];
  lines.push('plan,BP,Bench Council Plan,,2025/26,2028/29,,,,,A plan of a thousand items');
  for (let p = 1; p <= 10; p++) {
    lines.push(`priority,BP-P${p},Priority ${p},BP,,,,,,,`);
    for (let o = 1; o <= 9; o++) {
      lines.push(
        `objective,BP-O${(p - 1) * 9 + o},"Objective ${o} of priority ${p}",BP-P${p},,,,,,,`,
      );
    }
  }
  let action = 0;
  for (let s = 1; s <= SERVICES; s++) {
    lines.push(`service-plan,SP${s},Service ${s} plan 2025/26,,,,Service ${s},2025/26,,,`);
    const count = s <= 49 ? 17 : 16;
    for (let k = 0; k < count; k++) {
      action++;
      const links = `BP-O${(action % 90) + 1};BP-O${((action * 7) % 90) + 1}`;
      lines.push(
        `key-action,KA${action},"Key action ${action}, stage ${k + 1}",SP${s},01/04/2025,31/03/2026,,,owner${s}@bench.example,${links},Deliver it`,
      );
    }
  }
  return { csv: lines.join('\n'), items: lines.length - 1 };
}

async function council(store: Store): Promise<void> {
  await store.create('directorates', { name: 'Bench', directorId: null }, ctx, 'dir');
  await store.create('portfolios', { name: 'Bench', holder: 'Cllr Bench' }, ctx, 'pf');
  await store.create(
    'people',
    person('Bench admin', 'admin@bench.example', ['admin'], 'dir'),
    ctx,
    'admin',
  );
  for (let s = 1; s <= SERVICES; s++) {
    await store.create(
      'people',
      person(`Owner ${s}`, `owner${s}@bench.example`, ['officer'], 'dir'),
      ctx,
      `p${s}`,
    );
    const service = {
      name: `Service ${s}`,
      directorateId: 'dir',
      portfolioId: 'pf',
      headId: `p${s}`,
    };
    await store.create('services', service, ctx, `s${s}`);
  }
}

export async function benchPlanImport(): Promise<void> {
  const { csv, items } = buildCsv();
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'gt-bench-plan-'));
    const store = openSqliteStore({ file: path.join(dir, 'plan.db') });
    try {
      await council(store);
      const { ms, result } = await timed(() =>
        importPlanCsv({ store, clock: { now: () => new Date() } }, csv, { actorId: 'admin' }),
      );
      if (result['key-action'].created !== 849) throw new Error('the bench file did not import');
      runs.push(ms);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const median = percentile(runs, 50);
  console.log(
    `plan import of ${items.toLocaleString('en-GB')} items (1 plan, 10 priorities, 90 objectives, ${SERVICES} service plans, 849 key actions): ` +
      `median ${fmt(median)} of 3, ${Math.round(items / (median / 1000)).toLocaleString('en-GB')} items/s`,
  );
}

/** bench/run.ts's entry (loaded when its section runs). */
export const run = benchPlanImport;
