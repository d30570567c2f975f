// The bot over the Bot Framework protocol, as Teams sends it: real HTTP POSTs of message, invoke
// (adaptiveCard/action) and conversationUpdate activities to /api/messages of the real server, with
// a local connector recording replies, proactive cards and in-place updates. The whole journey
// officer → checker → authoriser on the demo's garden waste return (WR04, Q2 2025/26).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { action, allText, cardOf, input } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { activities, post, teamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
const collector = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer, 'Collection Officer');
const checker = teamsUser(DEMO_PEOPLE_IDS.responsibleOfficer, 'Responsible Officer');
const authoriser = teamsUser(DEMO_PEOPLE_IDS.authorisingOfficer, 'Authorising Officer');
const stranger = teamsUser(DEMO_PEOPLE_IDS.leadership, 'Chief Executive');

const say = (user = collector, text: string) =>
  post(server.url, activities.message(user, connector.url, text));
const invoke = (
  user: ReturnType<typeof teamsUser>,
  verb: string,
  data: Record<string, unknown>,
  replyToId?: string,
) => post(server.url, activities.invoke(user, connector.url, verb, data, replyToId));
const lastCardTo = (user: ReturnType<typeof teamsUser>) => {
  const sent = connector.sentTo(user.conversationId).filter((r) => cardOf(r.body));
  return sent.at(-1);
};

let returnId: string;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  const [wr04] = await server.deps.store.query('indicators', { code: 'WR04' });
  const [due] = await server.deps.store.query('returns', { indicatorId: wr04!.id, state: 'due' });
  returnId = due!.id;
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('installation', () => {
  it('captures each person’s conversation reference, keyed by their Entra object id', async () => {
    for (const user of [collector, checker, authoriser, stranger]) {
      const res = await post(server.url, activities.installed(user, connector.url));
      expect(res.status).toBe(200);
    }
    const refs = await server.deps.store.query('conversations', { personId: collector.personId });
    expect(refs).toHaveLength(1);
    expect(refs[0]!.fields).toMatchObject({
      conversationId: collector.conversationId,
      serviceUrl: connector.url,
    });
    expect((refs[0]!.fields.reference as any).user.id).toBe(collector.userId);
  });

  it('refuses people the council does not know', async () => {
    const res = await say(teamsUser('11111111-2222-4333-8444-555555555555'), 'help');
    expect(res.status).toBe(200);
    const reply = connector.records.at(-1)!;
    expect(reply.body.text).toMatch(/do not recognise you/);
  });
});

describe('commands', () => {
  it('answers help with the help card and my returns with the due return', async () => {
    await say(collector, 'help');
    expect(allText(lastCardTo(collector)!.body.attachments[0].content)).toContain('my returns');
    await say(collector, 'my returns');
    const list = cardOf(lastCardTo(collector)!.body);
    expect(allText(list)).toContain('WR04 Garden waste service subscriptions, Q2 2025/26');
    expect(action(list, 'card.refresh').data.returnId).toBe(returnId);
    // "Open" turns the list into that return's entry card.
    const opened = await invoke(collector, 'card.refresh', action(list, 'card.refresh').data);
    expect(input(opened.body.value, 'value')).toBeTruthy();
    expect(action(opened.body.value, 'return.submit').data.returnId).toBe(returnId);
  });

  it('answers status <code> with that indicator’s latest return', async () => {
    await say(collector, 'status wr04');
    const card = cardOf(lastCardTo(collector)!.body);
    expect(allText(card)).toContain('Q2 2025/26');
    expect(input(card, 'value')).toBeTruthy();
  });
});

describe('officer → checker → authoriser', () => {
  let entryActivity: string;
  let confirmData: Record<string, unknown>;

  it('questions an implausible typed figure in the card, saving nothing', async () => {
    const before = (await server.deps.store.get('returns', returnId))!;
    await say(collector, '203,720 subscriptions up after the spring campaign');
    const sent = lastCardTo(collector)!;
    const card = cardOf(sent.body);
    expect(allText(card)).toMatch(/Is 203,720 right\? The last four quarters were 19,466–20,272/);
    expect(input(card, 'value').value).toBe('203,720');
    expect(input(card, 'commentary').value).toBe('subscriptions up after the spring campaign');
    const confirm = action(card, 'return.confirm');
    expect(confirm.data).toEqual({ returnId, version: before.version });
    expect((await server.deps.store.get('returns', returnId))!.version).toBe(before.version);
    entryActivity = sent.activityId;
    confirmData = {
      ...confirm.data,
      value: '20,372',
      commentary: 'Up 100 after the <b>spring</b> campaign [link](https://x.example)',
    };
  });

  it('keeps what was typed and shows the error next to the field when the figure is not a number', async () => {
    const res = await invoke(
      collector,
      'return.submit',
      { ...confirmData, value: 'twenty thousand' },
      entryActivity,
    );
    expect(res.status).toBe(200);
    expect(res.body.statusCode).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = res.body.value;
    expect(input(card, 'value').value).toBe('twenty thousand');
    expect(allText(card)).toMatch(/Is not a number/);
    expect((await server.deps.store.get('returns', returnId))!.fields.state).toBe('due');
  });

  it('saves the corrected figure from the card, refreshes it and sends the checker a check card', async () => {
    connector.clear();
    const res = await invoke(collector, 'return.submit', confirmData, entryActivity);
    const card = res.body.value;
    expect(allText(card)).toMatch(/Saved\. .* It rates Strong\./);
    expect(allText(card)).toContain('Figure: 20,372');
    // Untrusted commentary is escaped: no HTML, no live link.
    expect(allText(card)).toContain(
      'Up 100 after the &lt;b&gt;spring&lt;/b&gt; campaign \\[link\\]\\(https://x.example\\)',
    );
    const saved = (await server.deps.store.get('returns', returnId))!;
    expect(saved.fields).toMatchObject({
      state: 'submitted',
      value: 20372,
      enteredBy: collector.personId,
    });
    const checkCard = cardOf(lastCardTo(checker)!.body);
    expect(checkCard.refresh.action.verb).toBe('card.refresh');
    expect(checkCard.refresh.userIds).toEqual(
      expect.arrayContaining([collector.userId, checker.userId, authoriser.userId]),
    );
    expect(action(checkCard, 'return.check').data).toEqual({ returnId, version: saved.version });
    expect(allText(checkCard)).toContain('Submitted by: Keeley Brannigan');
    // The card the officer clicked is answered by the invoke response, not updated again.
    expect(connector.updatesOf(entryActivity)).toHaveLength(0);
    const copies = await server.deps.store.query('cardMessages', { returnId });
    expect(copies.map((c) => c.fields.kind)).toEqual(['reply', 'reply', 'check']);
  });

  it('refuses a forwarded card clicked by someone else, changing nothing', async () => {
    const checkCard = cardOf(lastCardTo(checker)!.body);
    const before = (await server.deps.store.get('returns', returnId))!;
    const res = await invoke(stranger, 'return.check', action(checkCard, 'return.check').data);
    expect(allText(res.body.value)).toMatch(
      /You cannot act on this return[\s\S]*Nothing was changed/,
    );
    expect((await server.deps.store.get('returns', returnId))!.version).toBe(before.version);
  });

  it('passes the check and sends the Authorising Officer an authorise card', async () => {
    const sent = lastCardTo(checker)!;
    connector.clear();
    const res = await invoke(
      checker,
      'return.check',
      action(cardOf(sent.body), 'return.check').data,
      sent.activityId,
    );
    expect(allText(res.body.value)).toContain('Checked. It has gone to the Authorising Officer.');
    expect((await server.deps.store.get('returns', returnId))!.fields.state).toBe('checked');
    const authCard = cardOf(lastCardTo(authoriser)!.body);
    expect(action(authCard, 'return.authorise')).toBeTruthy();
    // The officer's earlier cards are brought up to date in place.
    const updated = connector.records.filter((r) => r.kind === 'update');
    expect(updated.length).toBeGreaterThanOrEqual(2);
    expect(updated.every((u) => u.conversationId === collector.conversationId)).toBe(true);
    expect(allText(cardOf(updated[0]!.body))).toContain('Next: Morwenna Kettering authorises it.');
  });

  it('lands exactly one of two simultaneous clicks on Authorise', async () => {
    const sent = lastCardTo(authoriser)!;
    const data = action(cardOf(sent.body), 'return.authorise').data;
    connector.clear();
    const [a, b] = await Promise.all([
      invoke(authoriser, 'return.authorise', data, sent.activityId),
      invoke(authoriser, 'return.authorise', data, sent.activityId),
    ]);
    const texts = [allText(a.body.value), allText(b.body.value)];
    expect(texts.filter((t) => t.includes('Authorised. Thank you.'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('Nothing was changed'))).toHaveLength(1);
    const audit = await server.deps.store.audit({ list: 'returns', itemId: returnId });
    expect(audit.filter((e) => e.event === 'return.authorised')).toHaveLength(1);
    expect(audit.find((e) => e.event === 'return.submitted')!.channel).toBe('card');
    // Every other copy now shows the final state with who decided and when.
    const finalCopy = cardOf(connector.records.filter((r) => r.kind === 'update').at(-1)!.body);
    expect(allText(finalCopy)).toMatch(/Authorised by: Morwenna Kettering, 20\/11\/2025 at 10:00/);
  });

  it('shows a stale card the current state and changes nothing', async () => {
    const before = (await server.deps.store.get('returns', returnId))!;
    const res = await invoke(collector, 'return.submit', { ...confirmData, value: '1' });
    expect(allText(res.body.value)).toMatch(
      /has changed since this card was sent[\s\S]*Authorised by/,
    );
    expect((await server.deps.store.get('returns', returnId))!.version).toBe(before.version);
  });
});

describe('plausibility confirmed in the card', () => {
  it('saves a far-out figure only with Confirm, and the audit trail records the confirmation', async () => {
    // The onLeave officer's due HS04 return (a count, target 10).
    const onLeave = teamsUser(DEMO_PEOPLE_IDS.onLeave, 'Officer on leave');
    await post(server.url, activities.installed(onLeave, connector.url));
    await say(onLeave, 'HS04 2,500 a big month');
    const card = cardOf(lastCardTo(onLeave)!.body);
    expect(allText(card)).toMatch(/Is 2,500 right\?/);
    const data = {
      ...action(card, 'return.confirm').data,
      value: '2,500',
      commentary: 'a big month',
    };
    const res = await invoke(onLeave, 'return.confirm', data);
    expect(allText(res.body.value)).toContain('Saved.');
    const id = data.returnId as string;
    expect((await server.deps.store.get('returns', id))!.fields.plausibilityConfirmed).toBe(true);
    const audit = await server.deps.store.audit({ list: 'returns', itemId: id });
    const submitted = audit.find((e) => e.event === 'return.submitted')!;
    expect(submitted.note).toMatch(/confirmed a figure far outside/);
    expect(submitted.channel).toBe('card');
  });
});
