// The bot: a return submitted through a card invoke (adaptiveCard/action over HTTP to /api/messages)
// → validated, saved through the workflow, the checker's card sent, the card refreshed — p50/p95 of
// the round trip over 500 submissions against the demo council; and typed-reply parsing per second.
import { parseReply } from '../bot/messages/index.js';
import { startConnector } from '../test/protocol/support/connector.js';
import { activities, post } from '../test/protocol/support/teams.js';
import { startTestServer } from '../test/support/test-server.js';
import {
  backToDue,
  benchReturn,
  chatWithCollectorAndChecker,
  expectSubmitted,
} from './resubmit.js';
import { fmt, percentile, timed } from './stats.js';

const SUBMISSIONS = 500;

export async function benchBot(): Promise<void> {
  const [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  try {
    const { store } = server.deps;
    const bench = await benchReturn(store);
    const { returnId } = bench;
    const collector = await chatWithCollectorAndChecker(store, bench, server.url, connector.url);
    const samples: number[] = [];
    for (let i = 0; i < SUBMISSIONS; i++) {
      connector.clear();
      const data = await backToDue(store, bench, i);
      const { ms, result } = await timed(() =>
        post(server.url, activities.invoke(collector, connector.url, 'return.submit', data)),
      );
      if (result.body?.value?.type !== 'AdaptiveCard')
        throw new Error(`submission ${i} failed: ${JSON.stringify(result.body)}`);
      samples.push(ms);
      await expectSubmitted(store, returnId, i);
    }
    const state = (await store.get('returns', returnId))!.fields.state;
    console.log(
      `card submit → saved → refreshed (${SUBMISSIONS}, over HTTP, Teams answered; the checker is notified after): p50 ${fmt(percentile(samples, 50))}, p95 ${fmt(percentile(samples, 95))} (last state: ${state})`,
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
    'status WR01',
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
