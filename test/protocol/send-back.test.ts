// Send-backs through cards: a reason is required; the previous person is told why (escaped) and
// gets the card back to correct.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { myReturns } from '../../src/app/returns/my-returns.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { action, allText, cardOf, input } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { activities, post, teamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
const checker = teamsUser(DEMO_PEOPLE_IDS.responsibleOfficer, 'Responsible Officer');
let returnId: string;
let collector: ReturnType<typeof teamsUser>;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  // A submitted return the Responsible Officer checks, entered by someone else (the demo always
  // has WR05 waiting for their check, whatever the day).
  const { toCheck } = await myReturns(server.deps, checker.personId);
  const waiting = toCheck.find((v) => v.enteredBy && v.enteredBy.id !== checker.personId);
  if (!waiting)
    throw new Error('the Responsible Officer has nothing entered by someone else to check');
  returnId = waiting.id;
  collector = teamsUser(waiting.enteredBy!.id, 'Collector');
  for (const u of [checker, collector])
    await post(server.url, activities.installed(u, connector.url));
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('send back', () => {
  it('refuses a send-back without a reason, next to the reason field, changing nothing', async () => {
    const before = (await server.deps.store.get('returns', returnId))!;
    const res = await post(
      server.url,
      activities.invoke(checker, connector.url, 'return.sendBack', {
        returnId,
        version: before.version,
        reason: '  ',
      }),
    );
    const card = res.body.value;
    expect(input(card, 'reason')).toBeTruthy();
    expect(allText(card)).toMatch(/say why the return is being sent back/i);
    expect((await server.deps.store.get('returns', returnId))!.version).toBe(before.version);
  });

  it('sends it back to the Collection Officer, who is told why and gets the card to correct', async () => {
    const before = (await server.deps.store.get('returns', returnId))!;
    connector.clear();
    const reason = 'Figure excludes *one depot* — see <script>alert(1)</script>';
    const res = await post(
      server.url,
      activities.invoke(checker, connector.url, 'return.sendBack', {
        returnId,
        version: before.version,
        reason,
      }),
    );
    expect(allText(res.body.value)).toContain('Sent back. They have been told why.');
    const after = (await server.deps.store.get('returns', returnId))!;
    expect(after.fields).toMatchObject({
      state: 'due',
      sentBackReason: reason,
      sentBackBy: checker.personId,
    });
    // Told after the answer: the reason first, then the card to correct.
    await connector.until('the reason and the card for the Collection Officer', () =>
      connector.sentTo(collector.conversationId).some((r) => cardOf(r.body)),
    );
    const toCollector = connector.sentTo(collector.conversationId);
    expect(toCollector).toHaveLength(2);
    expect(toCollector[0]!.body.text).toContain('sent back ');
    expect(toCollector[0]!.body.text).toContain(
      'Figure excludes \\*one depot\\* — see &lt;script&gt;alert\\(1\\)&lt;/script&gt;',
    );
    const card = cardOf(toCollector[1]!.body);
    expect(action(card, 'return.submit').data).toEqual({ returnId, version: after.version });
    expect(allText(card)).toContain('sent this back: Figure excludes \\*one depot\\*');
  });

  it('saves the resubmission even when Teams refuses the notification, and apologises nowhere', async () => {
    // The Responsible Officer removed the app: Teams answers 403 to anything sent to that chat.
    connector.clear();
    connector.refuse(checker.conversationId, 403);
    const before = (await server.deps.store.get('returns', returnId))!;
    const res = await post(
      server.url,
      activities.invoke(collector, connector.url, 'return.submit', {
        returnId,
        version: before.version,
        value: String(before.fields.value ?? 0),
        commentary: 'Corrected as asked',
      }),
    );
    expect(res.status).toBe(200);
    expect(allText(res.body.value)).toContain('Saved.');
    expect((await server.deps.store.get('returns', returnId))!.fields.state).toBe('submitted');
    await connector.until('the attempt to send the check card', (records) =>
      records.some((r) => r.kind === 'refused' && r.conversationId === checker.conversationId),
    );
    const texts = connector.records.map((r) => JSON.stringify(r.body ?? ''));
    expect(texts.some((t) => t.includes('Sorry, something went wrong'))).toBe(false);
    expect(connector.sentTo(checker.conversationId)).toHaveLength(0);
    // The check card was attempted (and refused) once; no apology was attempted after it.
    const attempts = connector.records.filter((r) => r.conversationId === checker.conversationId);
    expect(attempts.map((r) => r.kind)).toEqual(['refused']);
  });
});
