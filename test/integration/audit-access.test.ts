// Who may read an audit trail (issue 15, D7): a return's and an indicator's trail carry before/after
// commentary, so only the indicator's Collection, Responsible and Authorising Officers, its
// escalation owner, their recorded delegates, the Leadership Team and the performance team read
// them; anyone else is refused 403 before anything is read. The whole log stays admin-only.
// People, indicators and returns come from the demo council; one delegate is recorded for the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/model/types.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let code: string;
let returnId: string;
const who: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  const store = server.deps.store;
  const people = await store.query('people');
  const has = (p: { fields: Omit<Person, 'id'> }, role: Person['roles'][number]) =>
    p.fields.roles.includes(role);
  const returns = await store.query('returns');
  const plain = (id: string) => {
    const p = people.find((x) => x.id === id);
    return !!p && !has(p, 'admin') && !has(p, 'leadership');
  };
  const indicator = (await store.query('indicators')).find((i) => {
    const f = i.fields;
    const officers = [f.collectorId, f.responsibleId, f.authoriserId];
    return (
      !f.retired &&
      new Set(officers).size === 3 &&
      officers.every(plain) &&
      returns.some((r) => r.fields.indicatorId === i.id)
    );
  });
  expect(indicator, 'an indicator whose officers are not on the Leadership Team').toBeDefined();
  const f = indicator!.fields;
  code = f.code;
  returnId = returns.find((r) => r.fields.indicatorId === indicator!.id)!.id;
  Object.assign(who, {
    collector: f.collectorId,
    responsible: f.responsibleId,
    authoriser: f.authoriserId,
  });
  const free = people.filter(
    (p) =>
      plain(p.id) &&
      !Object.values(who).includes(p.id) &&
      !people.some((q) => q.fields.delegateId === p.id),
  );
  expect(free.length, 'four people with no part in the indicator').toBeGreaterThanOrEqual(4);
  // The escalation owner is usually a director on the Leadership Team; one who is not shows that
  // the part, not the role, lets them read.
  who.escalationOwner = free[2]!.id;
  await store.update(
    'indicators',
    indicator!.id,
    indicator!.version,
    { escalationOwnerId: who.escalationOwner },
    { actorId: free[2]!.id, channel: 'tab', event: 'indicator.updated' },
  );
  who.outsider = free[0]!.id;
  who.delegate = free[1]!.id;
  who.other = free[3]!.id;
  who.leadership = people.find((p) => has(p, 'leadership') && !has(p, 'admin'))!.id;
  who.admin = people.find((p) => has(p, 'admin'))!.id;
  // The Responsible Officer records a delegate while away.
  const responsible = people.find((p) => p.id === who.responsible)!;
  await store.update(
    'people',
    responsible.id,
    responsible.version,
    { delegateId: who.delegate },
    { actorId: who.admin, channel: 'tab', event: 'person.updated' },
  );
}, 60_000);
afterAll(() => server?.stop());

const trails = (personId: string) => ({
  ofReturn: () => apiAs(server.url, personId).get(`/api/returns/${returnId}/audit`),
  ofIndicator: () => apiAs(server.url, personId).get(`/api/indicators/${code}/audit?top=5`),
});

describe('reading audit trails', () => {
  for (const role of [
    'collector',
    'responsible',
    'authoriser',
    'escalationOwner',
    'delegate',
    'leadership',
    'admin',
  ]) {
    it(`lets the ${role} read the return's and the indicator's trail`, async () => {
      const { ofReturn, ofIndicator } = trails(who[role]!);
      const ret = await ofReturn();
      expect(ret.status).toBe(200);
      expect(ret.body.length).toBeGreaterThan(0);
      expect(ret.body.every((e: { itemId: string }) => e.itemId === returnId)).toBe(true);
      const ind = await ofIndicator();
      expect(ind.status).toBe(200);
      expect(ind.body.length).toBeGreaterThan(0);
    });
  }

  it('refuses someone with no part in the indicator, saying who may', async () => {
    const { ofReturn, ofIndicator } = trails(who.outsider!);
    for (const res of [await ofReturn(), await ofIndicator()]) {
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/officers, the Leadership Team and the performance team/);
      expect(JSON.stringify(res.body)).not.toMatch(/commentary|before|after/);
    }
  });

  it('refuses the delegate of someone with no part in it: a delegate reads only for their principal', async () => {
    const principal = (await server.deps.store.query('people')).find((p) => p.id === who.other)!;
    await server.deps.store.update(
      'people',
      principal.id,
      principal.version,
      { delegateId: who.outsider! },
      { actorId: who.admin!, channel: 'tab', event: 'person.updated' },
    );
    expect((await trails(who.outsider!).ofIndicator()).status).toBe(403);
    expect((await trails(who.outsider!).ofReturn()).status).toBe(403);
  });

  it('answers 404 for a return that does not exist', async () => {
    const res = await apiAs(server.url, who.admin!).get('/api/returns/no-such-return/audit');
    expect(res.status).toBe(404);
  });

  it('keeps the whole log for the performance team only', async () => {
    for (const role of ['collector', 'leadership']) {
      expect((await apiAs(server.url, who[role]!).get('/api/audit')).status).toBe(403);
    }
    expect((await apiAs(server.url, who.admin!).get('/api/audit')).status).toBe(200);
  });
});

describe("reading a key-action update's audit trail", () => {
  it('lets the action owner, the Leadership Team and the performance team read it, and refuses anyone else', async () => {
    const store = server.deps.store;
    const [updates, actions, people] = await Promise.all([
      store.query('keyActionUpdates'),
      store.query('keyActions'),
      store.query('people'),
    ]);
    const update = updates[0];
    expect(update, 'a key-action update in the demo').toBeDefined();
    const action = actions.find((a) => a.id === update!.fields.keyActionId)!;
    const owner = action.fields.ownerId;
    // Someone with no part: not the owner, nobody's delegate for them, not leadership or admin,
    // and owning no service plan or directorate (so never the service head who checks it).
    const plans = await store.query('servicePlans');
    const directorates = await store.query('directorates');
    const outsider = people.find(
      (p) =>
        p.id !== owner &&
        p.fields.roles.every((r) => r !== 'admin' && r !== 'leadership') &&
        !plans.some((s) => s.fields.ownerId === p.id) &&
        !directorates.some((d) => d.fields.directorId === p.id) &&
        !people.some((q) => q.fields.delegateId === p.id),
    );
    expect(outsider, 'someone with no part in the action').toBeDefined();
    const read = (personId: string) =>
      apiAs(server.url, personId).get(`/api/key-action-updates/${update!.id}/audit`);
    for (const personId of [owner, who.leadership!, who.admin!]) {
      expect((await read(personId)).status).toBe(200);
    }
    const refused = await read(outsider!.id);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/owner, the service head who checks it/);
  });
});
