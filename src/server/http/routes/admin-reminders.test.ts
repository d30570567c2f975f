// Reminder deliveries for the performance team, through the real server on the demo council: the
// problems the nudges recorded, newest first with names and indicators, 403 for anyone else, and
// clearing a failure (today's goes back to the next cycle, an older one is closed), audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReminderLedgerRecord } from '../../../domain/ports/store.js';
import { DEMO_PEOPLE_IDS } from '../../../demo/index.js';
import { addDays, londonDate } from '../../../domain/periods/index.js';
import { apiAs, startTestServer, type TestServer } from '../../../../test/support/test-server.js';

let server: TestServer;
let admin: ReturnType<typeof apiAs>;
let returnId: string;
let code: string;
const officer = DEMO_PEOPLE_IDS.collectionOfficer;
// The ledger's days, relative to the server's today (the suite's clock).
let today: string;
let yesterday: string;
let weekAgo: string;
const SYSTEM = { actorId: 'system', channel: 'system' as const };

function entry(day: string, stage: string, over: Partial<ReminderLedgerRecord>) {
  const key = `${returnId}|${stage}|${day}`;
  return {
    key,
    returnId,
    stage,
    day,
    recipientId: officer,
    status: 'sent' as const,
    attempts: 1,
    sentAt: null,
    error: null,
    reason: `${code}: test reminder`,
    holder: 'test',
    attemptedAt: `${day}T09:00:00.000Z`,
    ...over,
  };
}

beforeAll(async () => {
  server = await startTestServer();
  today = londonDate(server.deps.clock.now());
  yesterday = addDays(today, -1);
  weekAgo = addDays(today, -7);
  admin = apiAs(server.url, DEMO_PEOPLE_IDS.admin);
  const store = server.deps.store;
  const mine = new Map(
    (await store.query('indicators', { collectorId: officer })).map((i) => [i.id, i.fields.code]),
  );
  const due = (await store.query('returns', { state: 'due' })).find((r) =>
    mine.has(r.fields.indicatorId),
  )!;
  returnId = due.id;
  code = mine.get(due.fields.indicatorId)!;
  const seed = [
    entry(today, 'due-day', {
      status: 'permanent-failure',
      error: '403 The bot is not part of the conversation roster <b>x</b>',
      attemptedAt: `${today}T09:15:00.000Z`,
    }),
    entry(yesterday, 'day-before', { status: 'sent', sentAt: `${yesterday}T09:01:00.000Z` }),
    entry(weekAgo, 'first', { status: 'failed', attempts: 8, error: '503 Unavailable' }),
  ];
  for (const e of seed) await store.create('reminderLedger', e, SYSTEM, e.key);
});

afterAll(async () => {
  await server?.stop();
});

describe('GET /api/admin/reminders', () => {
  it('lists the problems newest first, in words, with the person, indicator and period', async () => {
    const res = await admin.get('/api/admin/reminders');
    expect(res.status).toBe(200);
    expect(res.body.map((r: { day: string }) => r.day)).toEqual([today, weekAgo]);
    expect(res.body[0]).toMatchObject({
      recipientId: officer,
      recipientName: expect.any(String),
      indicatorCode: code,
      indicatorTitle: expect.any(String),
      periodLabel: expect.stringMatching(/\d{4}/),
      stage: 'due-day',
      stageText: 'Due today',
      status: 'permanent-failure',
      statusText: 'Could not be delivered',
      attempts: 1,
      error: '403 The bot is not part of the conversation roster <b>x</b>',
      at: `${today}T09:15:00.000Z`,
      retryable: true,
    });
    expect(res.body[1]).toMatchObject({ status: 'failed', attempts: 8, retryable: false });
  });

  it('lists every entry with status=all, bounded by top, and names a bad status', async () => {
    const all = await admin.get('/api/admin/reminders?status=all&top=2');
    expect(all.body.map((r: { status: string }) => r.status)).toEqual([
      'permanent-failure',
      'sent',
    ]);
    const sent = await admin.get('/api/admin/reminders?status=sent');
    expect(sent.body).toHaveLength(1);
    const bad = await admin.get('/api/admin/reminders?status=lost&top=9999');
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((p: { field: string }) => p.field).sort()).toEqual([
      'status',
      'top',
    ]);
  });

  it('answers 403 to anyone outside the performance team, whatever they send', async () => {
    const someone = apiAs(server.url, officer);
    expect((await someone.get('/api/admin/reminders')).status).toBe(403);
    expect((await someone.get('/api/admin/reminders?status=lost')).status).toBe(403);
    const id = encodeURIComponent(`${returnId}|due-day|${today}`);
    expect((await someone.post(`/api/admin/reminders/${id}/retry`, {})).status).toBe(403);
  });
});

describe('POST /api/admin/reminders/:id/retry', () => {
  const find = async (day: string) =>
    (await admin.get('/api/admin/reminders?status=all')).body.find(
      (r: { day: string }) => r.day === day,
    );

  it("puts today's failure back for the next cycle, audited against the person", async () => {
    const failed = await find(today);
    const url = `/api/admin/reminders/${encodeURIComponent(failed.id)}/retry`;
    expect((await admin.post(url, {})).status).toBe(400);
    expect((await admin.post(url, { version: 'stale' })).status).toBe(409);
    const res = await admin.post(url, { version: failed.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      outcome: 'retry',
      entry: {
        status: 'failed',
        attempts: 0,
        error: null,
        statusText: 'Waiting for the next cycle',
      },
    });
    const audit = await admin.get(
      `/api/audit?list=reminderLedger&itemId=${encodeURIComponent(failed.id)}`,
    );
    expect(audit.body[0]).toMatchObject({
      event: 'reminder.retry-requested',
      actorId: DEMO_PEOPLE_IDS.admin,
      channel: 'tab',
    });
  });

  it('closes an older failure (its day has passed) and refuses a sent one', async () => {
    const old = await find(weekAgo);
    const res = await admin.post(`/api/admin/reminders/${encodeURIComponent(old.id)}/retry`, {
      version: old.version,
    });
    expect(res.body).toMatchObject({ outcome: 'closed', entry: { status: 'skipped' } });
    expect(res.body.entry.reason).toMatch(/cleared by the performance team after: 503/);
    const problems = await admin.get('/api/admin/reminders');
    expect(problems.body.map((r: { day: string }) => r.day)).toEqual([today]);
    const sent = await find(yesterday);
    const refused = await admin.post(`/api/admin/reminders/${encodeURIComponent(sent.id)}/retry`, {
      version: sent.version,
    });
    expect(refused.status).toBe(422);
    expect((await admin.post('/api/admin/reminders/nope/retry', { version: 'v' })).status).toBe(
      404,
    );
  });

  it("shows the return's history in words, with when each was tried", async () => {
    const res = await admin.get(`/api/returns/${encodeURIComponent(returnId)}/reminders`);
    expect(res.status).toBe(200);
    expect(res.body.map((h: { stageText: string }) => h.stageText)).toEqual([
      'Due today',
      'Day before it is due',
      'First reminder',
    ]);
    expect(res.body[1]).toMatchObject({ statusText: 'Sent', at: `${yesterday}T09:00:00.000Z` });
  });

  it('shows the history to the officer it chased, and refuses someone with no part in it', async () => {
    const store = server.deps.store;
    const ret = (await store.get('returns', returnId))!;
    const ind = (await store.get('indicators', ret.fields.indicatorId))!.fields;
    const named = [ind.collectorId, ind.responsibleId, ind.authoriserId, ind.escalationOwnerId];
    const people = await store.query('people');
    const covering = new Set(
      people.filter((p) => named.includes(p.id)).map((p) => p.fields.delegateId),
    );
    const outsider = people.find(
      (p) =>
        !named.includes(p.id) &&
        !covering.has(p.id) &&
        !p.fields.roles.some((r) => r === 'admin' || r === 'leadership'),
    )!;
    const path = `/api/returns/${encodeURIComponent(returnId)}/reminders`;
    expect((await apiAs(server.url, officer).get(path)).status).toBe(200);
    const refused = await apiAs(server.url, outsider.id).get(path);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('roster');
  });
});
