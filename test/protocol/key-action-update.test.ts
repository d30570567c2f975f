// A key action's progress update over the Bot Framework protocol (issue 13): the nudge cycle's
// digest reaches the owner through the bot's real connector sender, in the same digest as their
// returns; "Open" gives the update card; the card is submitted over real HTTP (invoke) and comes
// back in place with the new rating; the action's status and rating change in the store; a second
// cycle the same day sends nothing. A typed reply (`KA… on track 60% …`) does the same. The owner,
// the update and the day of the cycle are found in the demo as built for the suite's day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnectorDigestSender } from '../../bot/reminders/index.js';
import {
  myKeyActionUpdates,
  type KeyActionUpdateView,
} from '../../src/app/key-action-updates/index.js';
import {
  RateLimiter,
  TEAMS_LIMITS,
  runNudgeCycle,
  simulatedTimer,
} from '../../src/app/nudges/index.js';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { addWorkingDays, compareIsoDates } from '../../src/domain/periods/index.js';
import { keyActionRating } from '../../src/domain/ratings/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { action, allText, cardOf, executeActions, input } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { londonHour } from './support/demo-work.js';
import { activities, post, teamsUser, type TeamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
let owner: TeamsUser;
let typist: TeamsUser;
let update: KeyActionUpdateView;
let typed: KeyActionUpdateView;

/** The nudge cycle at 10:00 London on `day`, through the bot's real sender to the stand-in. */
async function cycleOn(day: string) {
  const at = londonHour(day, 10);
  const timer = simulatedTimer(at.getTime());
  return runNudgeCycle(
    { ...server.deps, clock: { now: () => at } },
    {
      sender: createConnectorDigestSender({ deps: server.deps }),
      limiter: new RateLimiter(TEAMS_LIMITS, timer),
      timer,
    },
  );
}

/** Two owners with an update due, each on an action of their own (found in the data). */
async function findOwners(): Promise<[KeyActionUpdateView, KeyActionUpdateView]> {
  const cat = await loadCatalogue(server.deps.store);
  const found: KeyActionUpdateView[] = [];
  for (const id of new Set(cat.keyActions.map((a) => a.ownerId))) {
    const mine = (await myKeyActionUpdates(server.deps, id)).toUpdate.filter(
      (v) => v.action.owner?.id === id,
    );
    // The second owner acts for nobody in the first's place (not their delegate), and vice versa.
    const apart = found.every(
      (f) =>
        cat.people.get(f.action.owner!.id)?.delegateId !== id &&
        cat.people.get(id)?.delegateId !== f.action.owner!.id,
    );
    if (mine.length && apart && !found.some((f) => f.action.owner!.id === id)) found.push(mine[0]!);
    if (found.length === 2) return [found[0]!, found[1]!];
  }
  throw new Error('the demo promises key-action owners with updates due');
}

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  [update, typed] = await findOwners();
  owner = teamsUser(update.action.owner!.id, 'Key-action owner');
  typist = teamsUser(typed.action.owner!.id, 'Another owner');
  for (const u of [owner, typist]) {
    expect((await post(server.url, activities.installed(u, connector.url))).status).toBe(200);
  }
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

const digestsTo = (u: TeamsUser) =>
  connector
    .sentTo(u.conversationId)
    .filter((r) => r.body.channelData?.goldenThreadDigest !== undefined);

describe('a key-action update collected like a return', () => {
  let day: string;

  it('reaches the owner in their digest on its due day, with an Open button', async () => {
    // The due day itself (a weekend date counts as the next working day), so the policy's due-day
    // reminder falls on it whatever day the suite runs.
    day = addWorkingDays(update.dueDate, 0);
    const report = await cycleOn(day);
    expect(report.ran).toBe(true);
    const digests = digestsTo(owner);
    expect(digests).toHaveLength(1);
    const digest = cardOf(digests[0]!.body);
    expect(allText(digest)).toContain(update.action.code);
    const open = executeActions(digest).find(
      (a) => a.verb === 'keyAction.refresh' && a.data.updateId === update.id,
    );
    expect(open).toBeTruthy();
    const ledger = await server.deps.store.query('reminderLedger', { recipientId: owner.personId });
    expect(
      ledger.some((e) => e.id.startsWith(`ka:${update.id}|`) && e.fields.status === 'sent'),
    ).toBe(true);
  });

  it('opens the update card and takes the update in place; the action and its rating change', async () => {
    const open = executeActions(cardOf(digestsTo(owner)[0]!.body)).find(
      (a) => a.verb === 'keyAction.refresh' && a.data.updateId === update.id,
    );
    const opened = await connector.invoke(
      server.url,
      activities.invoke(owner, connector.url, 'keyAction.refresh', open.data),
    );
    const form = opened.body.value;
    for (const id of [
      'status',
      'percentComplete',
      'commentary',
      'evidenceUrl',
      'revisedDueDate',
      'revisedDueReason',
      'nextMilestone',
    ])
      expect(input(form, id)).toBeTruthy();
    const submit = action(form, 'keyAction.submit');
    expect(submit.data).toEqual({ updateId: update.id, version: update.version });

    // Someone else clicking a forwarded card is refused; nothing changes. The stranger is found
    // in the data: neither the owner nor their recorded delegate.
    const cat = await loadCatalogue(server.deps.store);
    const delegate = cat.people.get(owner.personId)?.delegateId;
    const other = [...cat.people.values()].find(
      (p) => p.id !== owner.personId && p.id !== delegate && !p.roles.includes('admin'),
    )!;
    const stranger = teamsUser(other.id, 'Not the owner');
    const submitAs = (u: TeamsUser, fields: Record<string, string>) =>
      connector.invoke(
        server.url,
        activities.invoke(u, connector.url, 'keyAction.submit', { ...submit.data, ...fields }),
      );
    const refused = await submitAs(stranger, { status: 'complete', percentComplete: '100' });
    expect(allText(refused.body.value)).toMatch(/owner, or their delegate, may update it/);
    expect((await server.deps.store.get('keyActionUpdates', update.id))!.version).toBe(
      update.version,
    );

    const res = await submitAs(owner, {
      status: 'some-risk',
      outcome: 'as-expected',
      percentComplete: '45',
      commentary: 'Contractor delayed by *weather*',
      evidenceUrl: 'https://council.example/evidence/ka.pdf',
      revisedDueDate: '',
      revisedDueReason: '',
      nextMilestone: 'Contract signed',
    });
    const answer = res.body.value;
    expect(allText(answer)).toContain('Saved.');
    expect(allText(answer)).toContain('it rates Review');
    expect(action(answer, 'keyAction.submit')).toBeUndefined();
    const stored = (await server.deps.store.get('keyActions', update.action.id))!.fields;
    expect(stored).toMatchObject({
      status: 'some-risk',
      percentComplete: 45,
      lastUpdate: 'Contractor delayed by *weather*',
      nextMilestone: 'Contract signed',
    });
    expect(keyActionRating(stored.status, stored.outcome)).toBe('review');
    expect((await server.deps.store.get('keyActionUpdates', update.id))!.fields.state).toBe(
      'submitted',
    );
    // The same card clicked again is stale: it shows where the update stands, nothing changes.
    const again = await submitAs(owner, { status: 'complete', percentComplete: '100' });
    expect(allText(again.body.value)).toMatch(/changed since this card was sent/);
    expect((await server.deps.store.get('keyActions', update.action.id))!.fields.status).toBe(
      'some-risk',
    );
  });

  it('sends nothing more on a second cycle the same day', async () => {
    const before = connector.records.length;
    const report = await cycleOn(day);
    expect(report.ran).toBe(true);
    expect(report.digests).toBe(0);
    expect(connector.records.length).toBe(before);
    expect(compareIsoDates(day, update.dueDate)).toBeGreaterThanOrEqual(0);
  });
});

describe('a typed progress update', () => {
  const lastTo = (u: TeamsUser) => connector.sentTo(u.conversationId).at(-1)!.body;
  const say = (text: string) => post(server.url, activities.message(typist, connector.url, text));

  it('explains what to type when the status or code is missing', async () => {
    await say('unlikely');
    expect(lastTo(typist).text).toMatch(/Start with the key action's code/);
    await say(`${typed.action.code} sideways 20%`);
    expect(lastTo(typist).text).toMatch(
      /say not started, on track, some risk, unlikely or complete/,
    );
    await say('KA9999 on track 10% nothing');
    expect(lastTo(typist).text).toMatch(/You have no key-action update due for KA9999/);
  });

  it('lists the owner’s due update under "my returns", and its Open button gives the update card', async () => {
    await say('my returns');
    const list = cardOf(lastTo(typist));
    expect(allText(list)).toContain('Key-action updates to give');
    expect(allText(list)).toContain(typed.action.code);
    const open = executeActions(list).find(
      (a) => a.verb === 'keyAction.refresh' && a.data.updateId === typed.id,
    );
    expect(open).toBeTruthy();
    const opened = await connector.invoke(
      server.url,
      activities.invoke(typist, connector.url, 'keyAction.refresh', open.data),
    );
    expect(action(opened.body.value, 'keyAction.submit').data).toEqual({
      updateId: typed.id,
      version: typed.version,
    });
  });

  it('records "CODE on track 60% …" for the owner’s due update and answers with the card', async () => {
    await say(`${typed.action.code.toLowerCase()} on track 60% planning permission granted`);
    expect(allText(cardOf(lastTo(typist)))).toContain('Saved.');
    const stored = (await server.deps.store.get('keyActions', typed.action.id))!.fields;
    expect(stored).toMatchObject({
      status: 'on-track',
      percentComplete: 60,
      lastUpdate: 'planning permission granted',
    });
  });
});
