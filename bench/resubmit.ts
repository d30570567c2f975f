// One return submitted over and over by the bench (bot.ts, card-invoke.ts): the demo's named
// Collection Officer's WR01 (always due, whatever the clock: src/demo/named-work.ts), put back to
// due before each click, outside the timing, with its earlier card copies forgotten, so each
// submission updates the few copies a real return has rather than all of the bench's.
import type { Store } from '../src/domain/ports/store.js';
import { activities, post, teamsUser, type TeamsUser } from '../test/protocol/support/teams.js';

const DUE = {
  state: 'due' as const,
  value: null,
  commentary: '',
  enteredBy: null,
  enteredAt: null,
  plausibilityConfirmed: false,
};
const SYSTEM = { actorId: 'system', channel: 'system' as const };

export interface BenchReturn {
  returnId: string;
  /** A figure like the indicator's own history, so no submission stops at the plausibility question. */
  usual: number;
}

/** The latest due WR01 return: the one the bench submits. */
export async function benchReturn(store: Store): Promise<BenchReturn> {
  const [wr01] = await store.query('indicators', { code: 'WR01' });
  const returns = await store.query('returns', { indicatorId: wr01!.id });
  const byPeriod = returns.sort((a, b) => a.fields.periodKey.localeCompare(b.fields.periodKey));
  const latest = byPeriod.filter((r) => r.fields.state === 'due').at(-1);
  const usual = byPeriod.filter((r) => r.fields.value !== null).at(-1)?.fields.value;
  if (!latest || usual == null)
    throw new Error('the demo council has no due WR01 return to submit');
  return { returnId: latest.id, usual };
}

/** Fails the bench when a click did not submit the figure (a question card is not a submission). */
export async function expectSubmitted(store: Store, returnId: string, i: number): Promise<void> {
  const state = (await store.get('returns', returnId))!.fields.state;
  if (state !== 'submitted') throw new Error(`submission ${i} left the return ${state}`);
}

/** Puts the return back to due and forgets its card copies; the card data for submission `i`. */
export async function backToDue(
  store: Store,
  { returnId, usual }: BenchReturn,
  i: number,
): Promise<Record<string, unknown>> {
  const current = (await store.get('returns', returnId))!;
  const reset =
    current.fields.state === 'due'
      ? current
      : await store.update('returns', returnId, current.version, DUE, SYSTEM);
  for (const copy of await store.query('cardMessages', { returnId })) {
    await store.delete('cardMessages', copy.id, copy.version, SYSTEM);
  }
  return {
    returnId,
    version: reset.version,
    value: (usual * (1 + (i % 5) / 1000)).toFixed(2),
    commentary: `Bench ${i}`,
  };
}

/** Installs the app for the return's Collection and Responsible Officers; the collector, to click. */
export async function chatWithCollectorAndChecker(
  store: Store,
  { returnId }: BenchReturn,
  botUrl: string,
  connectorUrl: string,
): Promise<TeamsUser> {
  const ret = (await store.get('returns', returnId))!;
  const indicator = (await store.get('indicators', ret.fields.indicatorId))!;
  const collector = teamsUser(indicator.fields.collectorId);
  const checker = teamsUser(indicator.fields.responsibleId);
  for (const u of [collector, checker]) await post(botUrl, activities.installed(u, connectorUrl));
  return collector;
}
