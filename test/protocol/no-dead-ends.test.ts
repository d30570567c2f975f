// No dead ends (issue 14 item 3) over the Bot Framework protocol and the HTTP API of the real server.
// Set-up (through the API, as the performance team) makes the Authorising Officer's delegate the
// indicator's Collection Officer — and is warned — and makes the Authorising Officer the Responsible
// Officer's delegate. The delegate enters the figure, the Authorising Officer checks it from a card:
// neither may authorise it, so the escalation owner is told why and gets the authorise card; the
// delegate clicking Authorise is told, in words, where it has gone. People are found in the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOnReturn } from '../../src/app/returns/act-on-return.js';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { getReturnView } from '../../src/app/returns/my-returns.js';
import type { Indicator, Person } from '../../src/domain/model/types.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';
import { action, allText, cardOf } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { activities, post, teamsUser, type TeamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
let indicator: Indicator;
let returnId: string;
let admin: Person;
let names: Map<string, string>;
let delegate: TeamsUser;
let authoriser: TeamsUser;
let owner: TeamsUser;

const invoke = (user: TeamsUser, verb: string, data: Record<string, unknown>) =>
  connector.invoke(server.url, activities.invoke(user, connector.url, verb, data));
const cardsTo = (user: TeamsUser) =>
  connector.sentTo(user.conversationId).filter((r) => cardOf(r.body));
const textsTo = (user: TeamsUser) =>
  connector
    .sentTo(user.conversationId)
    .map((r) => r.body.text as string | undefined)
    .filter((t): t is string => typeof t === 'string');

/** A due return whose four officers are four different people, none of them admin. */
async function chooseReturn() {
  const cat = await loadCatalogue(server.deps.store);
  const isAdmin = (id: string) => cat.people.get(id)?.roles.includes('admin') ?? false;
  admin = [...cat.people.values()].find((p) => p.roles.includes('admin'))!;
  names = new Map([...cat.people.values()].map((p) => [p.id, p.name]));
  for (const i of cat.indicators.values()) {
    const ids = [i.collectorId, i.responsibleId, i.authoriserId, i.escalationOwnerId];
    if (i.retired || new Set(ids).size !== 4 || ids.some(isAdmin)) continue;
    const [due] = await server.deps.store.query('returns', { indicatorId: i.id, state: 'due' });
    if (due) return { indicator: i, returnId: due.id };
  }
  throw new Error('no due return with four distinct non-admin officers in the demo');
}

async function setDelegate(personId: string, delegateId: string) {
  const api = apiAs(server.url, admin.id);
  const person = (await server.deps.store.get('people', personId))!;
  return api.put(`/api/admin/people/${personId}`, { version: person.version, delegateId });
}

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  ({ indicator, returnId } = await chooseReturn());
  delegate = teamsUser(indicator.collectorId, 'Delegate');
  authoriser = teamsUser(indicator.authoriserId, 'Authorising Officer');
  owner = teamsUser(indicator.escalationOwnerId, 'Escalation owner');
  for (const user of [delegate, authoriser, owner]) {
    expect((await post(server.url, activities.installed(user, connector.url))).status).toBe(200);
  }
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('setting a delegate through the API', () => {
  it('saves it and warns that the delegate cannot authorise what they collect', async () => {
    const res = await setDelegate(indicator.authoriserId, indicator.collectorId);
    expect(res.status).toBe(200);
    expect(res.body.delegateId).toBe(indicator.collectorId);
    expect(res.body.warnings).toContain(
      `${names.get(indicator.collectorId)} collects ${indicator.code}, so cannot authorise it; ` +
        `it will go to ${names.get(indicator.escalationOwnerId)} instead.`,
    );
    const other = await setDelegate(indicator.responsibleId, indicator.authoriserId);
    expect(other.status).toBe(200);
    expect(other.body.warnings).toEqual(
      expect.not.arrayContaining([expect.stringContaining(indicator.code)]),
    );
  });
});

describe('a figure nobody assigned may authorise', () => {
  it('goes to the escalation owner with a card saying why', async () => {
    const due = (await server.deps.store.get('returns', returnId))!;
    const { target } = (await getReturnView(server.deps, delegate.personId, returnId))!;
    // On target, so the check needs no action plan.
    const entered = await actOnReturn(server.deps, {
      returnId,
      version: due.version,
      event: {
        type: 'enter',
        value: target ?? 1,
        commentary: 'As counted',
        plausibilityConfirmed: true,
      },
      actorId: delegate.personId,
      channel: 'tab',
    });
    connector.clear();
    const res = await invoke(authoriser, 'return.check', {
      returnId,
      version: entered.view.version,
    });
    expect(res.status).toBe(200);
    expect((await server.deps.store.get('returns', returnId))!.fields.state).toBe('checked');
    // The checker is told where it went, not that it went to the Authorising Officer.
    const said = allText(res.body.value);
    expect(said).toMatch(/Checked\. .*so it has gone to the indicator's escalation owner\./);
    expect(said).not.toContain('gone to the Authorising Officer');
    await connector.until(
      'the authorise card for the escalation owner',
      () => cardsTo(owner).length > 0,
    );
    await server.idle();
    const card = cardOf(cardsTo(owner).at(-1)!.body);
    expect(action(card, 'return.authorise')).toBeTruthy();
    expect(textsTo(owner).join('\n')).toMatch(/escalation owner/);
    // Nobody who may not act is sent the authorise card.
    expect(cardsTo(authoriser)).toHaveLength(0);
    expect(cardsTo(delegate)).toHaveLength(0);
  });

  it('tells the delegate who clicks Authorise, in words, where it has gone', async () => {
    const card = cardOf(cardsTo(owner).at(-1)!.body);
    const data = action(card, 'return.authorise').data;
    const before = (await server.deps.store.get('returns', returnId))!;
    const res = await invoke(delegate, 'return.authorise', data);
    const text = allText(res.body.value);
    expect(text).toContain(
      `You entered this figure, so someone else must authorise it — it has gone to ${names.get(owner.personId)}.`,
    );
    expect(text).not.toMatch(/'authorise'/);
    expect((await server.deps.store.get('returns', returnId))!.version).toBe(before.version);
  });

  it('lets the escalation owner authorise it from the card', async () => {
    const card = cardOf(cardsTo(owner).at(-1)!.body);
    const res = await invoke(owner, 'return.authorise', action(card, 'return.authorise').data);
    expect(allText(res.body.value)).toContain('Authorised');
    const after = (await server.deps.store.get('returns', returnId))!;
    expect(after.fields).toMatchObject({ state: 'authorised', authorisedBy: owner.personId });
    await server.idle();
  });
});
