// Restating an authorised figure (issue 14, item 6), over real HTTP on the demo council at the
// suite's fixed moment: only the performance team or the indicator's Authorising Officer may reopen
// it, with a reason and the version they saw; it goes back to its Collection Officer, runs the
// whole workflow again, and keeps the earlier figure, with who reopened it and why, throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let ret: { id: string; version: string; indicatorId: string; value: number | null };
let officers: { collectorId: string; responsibleId: string; authoriserId: string };
let adminId: string;

beforeAll(async () => {
  server = await startTestServer();
  const people = await server.deps.store.query('people');
  adminId = people.find((p) => p.fields.roles.includes('admin'))!.id;
  const indicators = new Map(
    (await server.deps.store.query('indicators')).map((i) => [i.id, i.fields]),
  );
  // An authorised figure whose three officers are three different people, none of them admin.
  const found = (await server.deps.store.query('returns', { state: 'authorised' })).find((r) => {
    const i = indicators.get(r.fields.indicatorId);
    return (
      i &&
      !i.retired &&
      r.fields.value !== null &&
      new Set([i.collectorId, i.responsibleId, i.authoriserId, adminId]).size === 4
    );
  });
  if (!found) throw new Error('the demo council has no authorised figure with separate officers');
  ret = {
    id: found.id,
    version: found.version,
    indicatorId: found.fields.indicatorId,
    value: found.fields.value,
  };
  const i = indicators.get(ret.indicatorId)!;
  officers = {
    collectorId: i.collectorId,
    responsibleId: i.responsibleId,
    authoriserId: i.authoriserId,
  };
}, 60_000);
afterAll(() => server?.stop());

const reopen = (who: string, body: unknown) =>
  apiAs(server.url, who).post(`/api/returns/${ret.id}/reopen`, body);

describe('reopening an authorised figure', () => {
  it('refuses anyone but the performance team and the Authorising Officer, before anything else', async () => {
    for (const who of [officers.collectorId, officers.responsibleId]) {
      const res = await reopen(who, { version: 'stale', reason: 'wrong' });
      expect(res.status).toBe(403);
    }
    const view = (await apiAs(server.url, officers.collectorId).get(`/api/returns/${ret.id}`))
      .body as ReturnView;
    expect(view.mayReopen).toBe(false);
    const mine = (await apiAs(server.url, officers.authoriserId).get(`/api/returns/${ret.id}`))
      .body as ReturnView;
    expect(mine.mayReopen).toBe(true);
  });

  it('needs a reason and the version the person saw', async () => {
    const noReason = await reopen(officers.authoriserId, { version: ret.version, reason: '   ' });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toMatch(/reason/);
    const noVersion = await reopen(officers.authoriserId, { reason: 'wrong' });
    expect(noVersion.status).toBe(400);
    expect(JSON.stringify(noVersion.body)).toMatch(/version/);
    const tooLong = await reopen(officers.authoriserId, {
      version: ret.version,
      reason: 'x'.repeat(1001),
    });
    expect(tooLong.status).toBe(400);
    const stale = await reopen(officers.authoriserId, {
      version: `${ret.version}0`,
      reason: 'wrong',
    });
    expect(stale.status).toBe(409);
    expect((await server.deps.store.get('returns', ret.id))!.fields.state).toBe('authorised');
  });

  it('sends it back to be entered, keeps the earlier figure, and runs the whole workflow again', async () => {
    const reason = 'The evidence shows an extra digit was typed';
    const res = await reopen(officers.authoriserId, { version: ret.version, reason });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const view = res.body as ReturnView;
    expect(view.state).toBe('due');
    expect(view.value).toBeNull();
    expect(view.restatements).toHaveLength(1);
    expect(view.restatements[0]).toMatchObject({
      reason,
      reopenedBy: { id: officers.authoriserId },
    });
    const audit = await server.deps.store.audit({ list: 'returns', itemId: ret.id });
    expect(audit.some((a) => a.event === 'return.reopened' && a.note === reason)).toBe(true);

    // Reopened, it is not authorised: it cannot be reopened again until it is.
    const again = await reopen(adminId, { version: view.version, reason: 'again' });
    expect(again.status).toBe(422);

    // The Collection Officer enters it anew, the Responsible Officer checks it, the Authorising
    // Officer authorises it: the restatement stays with it.
    const value = view.target ?? ret.value;
    const submitted = await apiAs(server.url, officers.collectorId).post(
      `/api/returns/${ret.id}/submit`,
      { version: view.version, value, commentary: 'Corrected from the evidence', confirm: true },
    );
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const plans = await server.deps.store.query('actionPlans', {
      indicatorId: ret.indicatorId,
      status: 'open',
    });
    const checked = await apiAs(server.url, officers.responsibleId).post(
      `/api/returns/${ret.id}/check`,
      { version: submitted.body.version, actionPlanId: plans[0]?.id ?? null },
    );
    expect(checked.status, JSON.stringify(checked.body)).toBe(200);
    const authorised = await apiAs(server.url, officers.authoriserId).post(
      `/api/returns/${ret.id}/authorise`,
      { version: checked.body.version },
    );
    expect(authorised.status, JSON.stringify(authorised.body)).toBe(200);
    expect(authorised.body.state).toBe('authorised');
    expect(authorised.body.restatements.map((r: { reason: string }) => r.reason)).toEqual([reason]);
    expect((await server.deps.store.get('returns', ret.id))!.fields.restatements).toHaveLength(1);
  });
});
