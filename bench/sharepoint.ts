// SharePoint through Graph, on the local emulator: Graph requests and time to load the leadership
// dashboard for 300 indicators × 24 months (7,200 returns), against a naive reader measured in the
// same run (one Graph request per indicator for its returns); requests per submission, check and
// authorisation (actOnReturn); and the delta refresh after one change. Requests are the store's
// metrics().requestCount (every HTTP request to Graph, retries included).
import { actOnReturn } from '../src/app/returns/act-on-return.js';
import { blankReturn } from '../src/app/returns/open-returns.js';
import { buildDashboard } from '../src/app/dashboard/index.js';
import type { AppDeps } from '../src/app/deps.js';
import type { ReturnEvent } from '../src/domain/workflow/index.js';
import { nextPeriod } from '../src/domain/periods/index.js';
import { startGraphEmulator, type GraphEmulator } from '../test/graph-emulator/index.js';
import { openSharePointStore, type SharePointStore } from '../src/stores/sharepoint/index.js';
import { emulatedStore, emulatorGraph } from '../test/graph-emulator/emulated-site.js';
import { seedSynthetic, syntheticPeriods, type SyntheticOptions } from './synthetic-council.js';
import { fmt, timed } from './stats.js';

const OPTIONS: SyntheticOptions = { indicators: 300, months: 24, firstFyStart: 2024 };

/** Runs `work` and reports the Graph requests it made on `store` and how long it took. */
async function measured<T>(
  store: SharePointStore,
  work: () => Promise<T>,
): Promise<{ requests: number; ms: number; result: T }> {
  const before = store.metrics().requestCount;
  const { ms, result } = await timed(work);
  return { requests: store.metrics().requestCount - before, ms, result };
}

/**
 * What a naive integration does: find the lists, page through the indicators, then one request
 * per indicator for its returns (filtered on the indexed indicator column). It reads less than the
 * dashboard needs (no targets, people, plans): the comparison flatters it.
 */
async function naiveReader(
  emu: GraphEmulator,
  siteId: string,
): Promise<{ requests: number; ms: number; returns: number }> {
  const graph = emulatorGraph(emu);
  const site = `/sites/${encodeURIComponent(siteId)}`;
  const { ms, result } = await timed(async () => {
    const lists = await graph.get<{ value: { id: string; displayName: string }[] }>(
      `${site}/lists?$select=id,displayName`,
    );
    const id = (title: string) => lists.value.find((l) => l.displayName === title)!.id;
    const indicators: string[] = [];
    let next: string | null =
      `${site}/lists/${id('GT Indicators')}/items?$expand=fields($select=GtId)&$top=999`;
    while (next) {
      const page: { value: { fields: { GtId: string } }[]; '@odata.nextLink'?: string } =
        await graph.get(next);
      indicators.push(...page.value.map((i) => i.fields.GtId));
      next = page['@odata.nextLink'] ? graph.relative(page['@odata.nextLink']) : null;
    }
    let returns = 0;
    for (const indicator of indicators) {
      const page = await graph.get<{ value: unknown[] }>(
        `${site}/lists/${id('GT Returns')}/items?$expand=fields&$filter=fields/GtIndicatorId eq '${indicator}'&$top=999`,
      );
      returns += page.value.length;
    }
    return returns;
  });
  return { requests: graph.stats.requestCount, ms, returns: result };
}

export async function benchSharePoint(): Promise<void> {
  const emu = await startGraphEmulator();
  try {
    const { store: seeder, siteId } = await emulatedStore(emu);
    const seeded = await measured(seeder, () => seedSynthetic(seeder, OPTIONS));
    const periods = syntheticPeriods(OPTIONS);
    const last = periods[periods.length - 1]!;
    const now = new Date(`${last.end}T12:00:00Z`);
    now.setUTCDate(now.getUTCDate() + 40);
    console.log(
      `seeded ${(OPTIONS.indicators * OPTIONS.months).toLocaleString('en-GB')} returns through the store: ${seeded.requests} Graph requests in ${fmt(seeded.ms)}`,
    );

    // A fresh store, as after a server start: the first dashboard loads every list it reads.
    const store = openSharePointStore({ graph: emulatorGraph(emu), site: siteId });
    const deps: AppDeps = { store, clock: { now: () => now } };
    const cold = await measured(store, () => buildDashboard(deps, last.key));
    const warm = await measured(store, () => buildDashboard(deps, last.key));
    const naive = await naiveReader(emu, siteId);
    console.log(
      `dashboard for ${cold.result.totals.total} indicators, cold: ${cold.requests} Graph requests in ${fmt(cold.ms)}; ` +
        `warm (delta, nothing changed): ${warm.requests} requests in ${fmt(warm.ms)}`,
    );
    console.log(
      `naive reader (one request per indicator for its returns): ${naive.requests} requests in ${fmt(naive.ms)} for ${naive.returns.toLocaleString('en-GB')} returns; ` +
        `ratio naive/cold ${(naive.requests / cold.requests).toFixed(1)}×, naive/warm ${(naive.requests / Math.max(1, warm.requests)).toFixed(1)}×`,
    );

    // One return through the workflow, each step as the person it belongs to.
    const period = nextPeriod(last);
    const created = await store.create('returns', blankReturn('ind-0', period.key), {
      actorId: 'system',
      channel: 'system',
    });
    let version = created.version;
    const step = async (event: ReturnEvent, actorId: string) => {
      const outcome = await measured(store, () =>
        actOnReturn(deps, { returnId: created.id, version, event, actorId, channel: 'tab' }),
      );
      version = (await store.get('returns', created.id))!.version;
      return outcome;
    };
    const later = new Date(`${period.end}T12:00:00Z`);
    later.setUTCDate(later.getUTCDate() + 3);
    deps.clock = { now: () => later };
    const enter = await step(
      { type: 'enter', value: 100, commentary: 'Bench figure', plausibilityConfirmed: true },
      'collector',
    );
    const check = await step({ type: 'check' }, 'responsible');
    const authorise = await step({ type: 'authorise' }, 'authoriser');
    console.log(
      `actOnReturn: submission ${enter.requests} requests (${fmt(enter.ms)}), check ${check.requests} (${fmt(check.ms)}), authorisation ${authorise.requests} (${fmt(authorise.ms)})`,
    );

    // Another writer changes one return; this store's next dashboard picks it up by delta.
    const other = openSharePointStore({ graph: emulatorGraph(emu), site: siteId });
    const target = (
      await other.query('returns', { indicatorId: 'ind-1', periodKey: last.key })
    )[0]!;
    await other.update(
      'returns',
      target.id,
      target.version,
      { commentary: 'Revised' },
      { actorId: 'admin', channel: 'tab' },
    );
    deps.clock = { now: () => now };
    const refresh = await measured(store, () => buildDashboard(deps, last.key));
    console.log(
      `delta refresh after one change elsewhere: ${refresh.requests} Graph requests in ${fmt(refresh.ms)} (cold was ${cold.requests} in ${fmt(cold.ms)})`,
    );
  } finally {
    await emu.close();
  }
}
