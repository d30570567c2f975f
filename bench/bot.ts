// The bot: a return submitted through a card invoke (adaptiveCard/action over HTTP to /api/messages)
// → validated, saved through the workflow, the checker's card sent, the card refreshed — p50/p95 of
// the round trip over 500 submissions against the demo council; and typed-reply parsing per second.
import { DEMO_PEOPLE_IDS } from '../src/demo/index.js';
import { parseReply } from '../bot/messages/index.js';
import { startConnector } from '../test/protocol/support/connector.js';
import { activities, post, teamsUser } from '../test/protocol/support/teams.js';
import { startTestServer } from '../test/support/test-server.js';
import { fmt, percentile, timed } from './stats.js';

const SUBMISSIONS = 500;

const DUE = {
  state: 'due' as const,
  value: null,
  commentary: '',
  enteredBy: null,
  enteredAt: null,
  plausibilityConfirmed: false,
};

export async function benchBot(): Promise<void> {
  const [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  try {
    const { store } = server.deps;
    const collector = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer);
    const checker = teamsUser(DEMO_PEOPLE_IDS.responsibleOfficer);
    for (const u of [collector, checker])
      await post(server.url, activities.installed(u, connector.url));
    const [wr04] = await store.query('indicators', { code: 'WR04' });
    const returnId = (await store.query('returns', { indicatorId: wr04!.id, state: 'due' }))[0]!.id;
    const system = { actorId: 'system', channel: 'system' as const };
    const samples: number[] = [];
    for (let i = 0; i < SUBMISSIONS; i++) {
      // Reset outside the timing: the return back to due, and its earlier card copies forgotten, so
      // each submission updates the few copies a real return has rather than all 500.
      const current = (await store.get('returns', returnId))!;
      const reset =
        current.fields.state === 'due'
          ? current
          : await store.update('returns', returnId, current.version, DUE, system);
      for (const copy of await store.query('cardMessages', { returnId })) {
        await store.delete('cardMessages', copy.id, copy.version, system);
      }
      connector.clear();
      const data = {
        returnId,
        version: reset.version,
        value: `${20_000 + (i % 500)}`,
        commentary: `Bench ${i}`,
      };
      const { ms, result } = await timed(() =>
        post(server.url, activities.invoke(collector, connector.url, 'return.submit', data)),
      );
      if (result.body?.value?.type !== 'AdaptiveCard')
        throw new Error(`submission ${i} failed: ${JSON.stringify(result.body)}`);
      samples.push(ms);
    }
    const state = (await store.get('returns', returnId))!.fields.state;
    console.log(
      `card submit → saved → refreshed (${SUBMISSIONS}, over HTTP, checker notified): p50 ${fmt(percentile(samples, 50))}, p95 ${fmt(percentile(samples, 95))} (last state: ${state})`,
    );
  } finally {
    await server.stop();
    await connector.close();
  }

  const replies = [
    '42.5 routes changed in June',
    'MB01 1,234 steady over the quarter',
    '£3,400',
    '12.5% up',
    'n/a survey not run',
    'my returns',
    'status WR04',
    'what?',
  ];
  const rounds = 200_000;
  const { ms } = await timed(() => {
    let n = 0;
    for (let i = 0; i < rounds; i++)
      if (parseReply(replies[i % replies.length]!).kind !== 'unknown') n++;
    return n;
  });
  console.log(
    `typed-reply parsing: ${Math.round(rounds / (ms / 1000)).toLocaleString('en-GB')} replies per second`,
  );
}
