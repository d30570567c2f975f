// The bot over the Bot Framework protocol, as Teams sends it: real HTTP POSTs of message, invoke
// (adaptiveCard/action) and conversationUpdate activities to /api/messages of the real server, with
// a local connector recording replies, proactive cards and in-place updates. The whole journey
// officer → checker → authoriser on one of the Collection Officer's due returns, found in the demo
// as built for the suite's day (issue #12); every figure and name expected is worked out from that
// return's own target, history and officers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReturnView, myReturns } from '../../src/app/returns/my-returns.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { escapeCardText } from '../../bot/cards/escape.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { FIXED_NOW, startTestServer, type TestServer } from '../support/test-server.js';
import { action, allText, cardOf, executeActions, input } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import {
  canBeImplausible,
  enterEarlierOfSameIndicator,
  firstOfItsCode,
  fits,
  implausibleFigure,
  isLatest,
  londonStamp,
  plausibilityQuestionFor,
  shownText,
  strongFigure,
  type Figure,
} from './support/demo-work.js';
import { activities, post, teamsUser, type TeamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
const collector = teamsUser(DEMO_PEOPLE_IDS.collectionOfficer, 'Collection Officer');
const stranger = teamsUser(DEMO_PEOPLE_IDS.leadership, 'Chief Executive');
// The return's own Responsible and Authorising Officers (a corporate indicator is authorised by a
// director, a local one by the head of service), known once the return is chosen.
let checker: TeamsUser;
let authoriser: TeamsUser;

const say = (user = collector, text: string) =>
  post(server.url, activities.message(user, connector.url, text));
// Card clicks go through the connector stand-in, as Teams' side: it times each answer and refuses a
// response card Teams would not accept.
const invoke = (user: TeamsUser, verb: string, data: Record<string, unknown>, replyToId?: string) =>
  connector.invoke(server.url, activities.invoke(user, connector.url, verb, data, replyToId));
/** The bot answers a decision first and tells the next person after: wait for that card. */
const cardArrives = (user: TeamsUser, what: string) =>
  connector.until(what, () => lastCardTo(user) !== undefined);
/** Waits for `count` in-place updates of earlier copies (the follow-up after the answer). */
const updatesArrive = (count: number) =>
  connector.until(
    `${count} card updates`,
    (r) => r.filter((x) => x.kind === 'update').length >= count,
  );
const lastCardTo = (user: TeamsUser) => {
  const sent = connector.sentTo(user.conversationId).filter((r) => cardOf(r.body));
  return sent.at(-1);
};

let journey: ReturnView;
let returnId: string;
let farOut: Figure;
let strong: Figure;

/**
 * The return the journey follows: the first of the Collection Officer's returns to enter that is
 * the latest of its indicator (so `status CODE` shows it), not a percentage (so twenty times its
 * usual figure can be typed), with figures to be far from and room to rate Strong. A typed
 * `CODE figure` goes to the oldest due return of that indicator, so any earlier months still due
 * are entered first, through the application, with ordinary figures.
 */
async function chooseJourney(): Promise<ReturnView> {
  const { deps } = server;
  const { toEnter } = await myReturns(deps, collector.personId);
  for (const candidate of toEnter) {
    if (candidate.indicator.unit === 'percentage' || !(await isLatest(deps, candidate))) continue;
    const view = await enterEarlierOfSameIndicator(deps, collector.personId, candidate);
    const now = (await myReturns(deps, collector.personId)).toEnter;
    if (firstOfItsCode(view, now) && canBeImplausible(view) && fits(strongFigure, view))
      return view;
  }
  throw new Error(
    `none of the Collection Officer's returns suits the journey: ${toEnter.map((v) => `${v.indicator.code} ${v.periodKey}`).join(', ')}`,
  );
}

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  journey = await chooseJourney();
  returnId = journey.id;
  checker = teamsUser(journey.responsible!.id, 'Responsible Officer');
  authoriser = teamsUser(journey.authoriser!.id, 'Authorising Officer');
  // The stranger must have no part in this return for the forwarded-card test to mean anything.
  expect([collector, checker, authoriser].map((u) => u.personId)).not.toContain(stranger.personId);
  farOut = implausibleFigure(journey);
  strong = strongFigure(journey);
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

const nameOf = async (personId: string) =>
  (await server.deps.store.get('people', personId))!.fields.name;

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
  it('answers help with the help card and my returns with the due returns', async () => {
    await say(collector, 'help');
    expect(allText(lastCardTo(collector)!.body.attachments[0].content)).toContain('my returns');
    await say(collector, 'my returns');
    const list = cardOf(lastCardTo(collector)!.body);
    const { code, title } = journey.indicator;
    expect(allText(list)).toContain(`${code} ${escapeCardText(title)}, ${journey.periodLabel}`);
    // One Open button per return waiting, most urgent first, as "my work" lists them.
    const mine = await myReturns(server.deps, collector.personId);
    const opens = executeActions(list).filter((a) => a.verb === 'card.refresh');
    expect(opens.map((a) => a.data.returnId)).toEqual(
      [mine.toEnter, mine.toCheck, mine.toAuthorise].flatMap((l) =>
        l.slice(0, 20).map((v) => v.id),
      ),
    );
    // "Open" turns the list into that return's entry card.
    const open = opens.find((a) => a.data.returnId === returnId);
    const opened = await invoke(collector, 'card.refresh', open.data);
    expect(input(opened.body.value, 'value')).toBeTruthy();
    expect(action(opened.body.value, 'return.submit').data.returnId).toBe(returnId);
  });

  it('answers status <code> with that indicator’s latest return', async () => {
    await say(collector, `status ${journey.indicator.code.toLowerCase()}`);
    const card = cardOf(lastCardTo(collector)!.body);
    expect(allText(card)).toContain(journey.periodLabel);
    expect(input(card, 'value')).toBeTruthy();
    expect(action(card, 'return.submit').data.returnId).toBe(returnId);
  });
});

describe('officer → checker → authoriser', () => {
  let entryActivity: string;
  let confirmData: Record<string, unknown>;

  it('questions an implausible typed figure in the card, saving nothing', async () => {
    const before = (await server.deps.store.get('returns', returnId))!;
    // The Collection Officer has other returns due, so the figure names its indicator's code.
    await say(collector, `${journey.indicator.code} ${farOut.text} up after the spring campaign`);
    const sent = lastCardTo(collector)!;
    const card = cardOf(sent.body);
    expect(allText(card)).toContain(plausibilityQuestionFor(journey, farOut));
    expect(input(card, 'value').value).toBe(farOut.text);
    expect(input(card, 'commentary').value).toBe('up after the spring campaign');
    const confirm = action(card, 'return.confirm');
    expect(confirm.data).toEqual({ returnId, version: before.version });
    expect((await server.deps.store.get('returns', returnId))!.version).toBe(before.version);
    entryActivity = sent.activityId;
    confirmData = {
      ...confirm.data,
      value: strong.text,
      commentary: 'Better after the <b>spring</b> campaign [link](https://x.example)',
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
    // 15% better than the return's target, for its polarity.
    expect(allText(card)).toMatch(/Saved\. .* It rates Strong\./);
    expect(allText(card)).toContain(`Figure: ${shownText(strong.value, journey)}`);
    // Untrusted commentary is escaped: no HTML, no live link.
    expect(allText(card)).toContain(
      'Better after the &lt;b&gt;spring&lt;/b&gt; campaign \\[link\\]\\(https://x.example\\)',
    );
    const saved = (await server.deps.store.get('returns', returnId))!;
    expect(saved.fields).toMatchObject({
      state: 'submitted',
      value: strong.value,
      enteredBy: collector.personId,
    });
    await cardArrives(checker, 'the check card for the Responsible Officer');
    const checkCard = cardOf(lastCardTo(checker)!.body);
    expect(checkCard.refresh.action.verb).toBe('card.refresh');
    expect(checkCard.refresh.userIds).toEqual(
      expect.arrayContaining([collector.userId, checker.userId, authoriser.userId]),
    );
    expect(action(checkCard, 'return.check').data).toEqual({ returnId, version: saved.version });
    expect(allText(checkCard)).toContain(`Submitted by: ${await nameOf(collector.personId)}`);
    // The card the officer clicked is answered by the invoke response, not updated again.
    expect(connector.updatesOf(entryActivity)).toHaveLength(0);
    // The status card and the question card in the officer's chat, and the checker's card (recorded
    // once Teams has accepted it, after the answer).
    await server.idle();
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
    await cardArrives(authoriser, 'the authorise card for the Authorising Officer');
    const authCard = cardOf(lastCardTo(authoriser)!.body);
    expect(action(authCard, 'return.authorise')).toBeTruthy();
    // The officer's earlier cards are brought up to date in place.
    const updated = connector.records.filter((r) => r.kind === 'update');
    expect(updated.length).toBeGreaterThanOrEqual(2);
    expect(updated.every((u) => u.conversationId === collector.conversationId)).toBe(true);
    expect(allText(cardOf(updated[0]!.body))).toContain(
      `Next: ${await nameOf(authoriser.personId)} authorises it.`,
    );
  });

  it('lands exactly one of two simultaneous clicks on Authorise', async () => {
    const sent = lastCardTo(authoriser)!;
    const data = action(cardOf(sent.body), 'return.authorise').data;
    // Every copy but the one clicked is updated after the answer.
    const copies = await server.deps.store.query('cardMessages', { returnId });
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
    await updatesArrive(copies.filter((c) => c.fields.activityId !== sent.activityId).length);
    // Every other copy now shows the final state with who decided and when (the server's clock).
    const finalCopy = cardOf(connector.records.filter((r) => r.kind === 'update').at(-1)!.body);
    expect(allText(finalCopy)).toContain(
      `Authorised by: ${await nameOf(authoriser.personId)}, ${londonStamp(FIXED_NOW)}`,
    );
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
    // Anyone with a return to enter (as its Collection Officer or their delegate) that has recent
    // figures to be far from; the code is typed, as they may have several due.
    let found: { personId: string; view: ReturnView } | undefined;
    for (const person of await server.deps.store.query('people', {})) {
      const { toEnter } = await myReturns(server.deps, person.id);
      const view = toEnter.find((v) => canBeImplausible(v) && firstOfItsCode(v, toEnter));
      if (view) {
        found = { personId: person.id, view };
        break;
      }
    }
    if (!found) throw new Error('no one has a return with recent figures to enter on this day');
    const { view } = found;
    const officer = teamsUser(found.personId, 'Officer');
    const figure = implausibleFigure(view);
    await post(server.url, activities.installed(officer, connector.url));
    await say(officer, `${view.indicator.code} ${figure.text} a big month`);
    const card = cardOf(lastCardTo(officer)!.body);
    expect(allText(card)).toContain(plausibilityQuestionFor(view, figure));
    expect((await getReturnView(server.deps, found.personId, view.id))!.state).toBe('due');
    const data = {
      ...action(card, 'return.confirm').data,
      value: figure.text,
      commentary: 'a big month',
    };
    expect(data.returnId).toBe(view.id);
    const res = await invoke(officer, 'return.confirm', data);
    expect(allText(res.body.value)).toContain('Saved.');
    const saved = (await server.deps.store.get('returns', view.id))!.fields;
    expect(saved).toMatchObject({ value: figure.value, plausibilityConfirmed: true });
    const audit = await server.deps.store.audit({ list: 'returns', itemId: view.id });
    const submitted = audit.find((e) => e.event === 'return.submitted')!;
    expect(submitted.note).toMatch(/confirmed a figure far outside/);
    expect(submitted.channel).toBe('card');
  });
});
