// Timetable writes carry a version (issue 15, D8), as every other set-up write does: a period on the
// default rule is set with version null, a date already set with the version read; a stale version
// is refused 409 with the current one, so two people setting one date never overwrite each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimetableRow } from '../../src/app/timetable/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { addDays } from '../../src/domain/periods/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.stop());

const admin = () => apiAs(server.url, DEMO_PEOPLE_IDS.admin);
const put = (row: TimetableRow, body: Record<string, unknown>) =>
  admin().put(`/api/timetable/${encodeURIComponent(row.periodKey)}`, body);

async function rows(): Promise<TimetableRow[]> {
  const res = await admin().get('/api/timetable');
  expect(res.status).toBe(200);
  return res.body;
}

/** A period still on the default rule, different on each call. */
const used = new Set<string>();
async function defaultRuleRow(): Promise<TimetableRow> {
  const row = (await rows()).find((r) => r.source === 'default rule' && !used.has(r.periodKey));
  expect(row, 'a period on the default rule').toBeDefined();
  used.add(row!.periodKey);
  return row!;
}

describe('PUT /api/timetable/:periodKey', () => {
  it('sets a period on the default rule with version null, and reads back its version', async () => {
    const row = await defaultRuleRow();
    expect(row.version).toBeNull();
    const due = addDays(row.periodEnd, 21);
    const saved = await put(row, { dueDate: due, note: 'Christmas closure', version: null });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toEqual(expect.any(String));
    const after = (await rows()).find((r) => r.periodKey === row.periodKey)!;
    expect(after).toMatchObject({ source: 'timetable', dueDate: due, version: saved.body.version });
  });

  it('changes a date set before when given the version read', async () => {
    const row = await defaultRuleRow();
    const first = await put(row, { dueDate: addDays(row.periodEnd, 20), version: null });
    const second = await put(row, {
      dueDate: addDays(row.periodEnd, 25),
      version: first.body.version,
    });
    expect(second.status).toBe(200);
    expect(second.body.dueDate).toBe(addDays(row.periodEnd, 25));
    expect(second.body.version).not.toBe(first.body.version);
  });

  it('refuses a stale version with 409 and the current version, and keeps the other change', async () => {
    const row = await defaultRuleRow();
    const mine = await put(row, { dueDate: addDays(row.periodEnd, 20), version: null });
    const theirs = await put(row, {
      dueDate: addDays(row.periodEnd, 22),
      version: mine.body.version,
    });
    const stale = await put(row, {
      dueDate: addDays(row.periodEnd, 30),
      version: mine.body.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(theirs.body.version);
    expect(stale.body.message).toMatch(/changed by someone else/);
    const now = (await rows()).find((r) => r.periodKey === row.periodKey)!;
    expect(now.dueDate).toBe(addDays(row.periodEnd, 22));
  });

  it('refuses version null once someone has set the date (both read the default rule)', async () => {
    const row = await defaultRuleRow();
    const first = await put(row, { dueDate: addDays(row.periodEnd, 20), version: null });
    const second = await put(row, { dueDate: addDays(row.periodEnd, 24), version: null });
    expect(second.status).toBe(409);
    expect(second.body.currentVersion).toBe(first.body.version);
  });

  it('answers 400 naming version when none is sent', async () => {
    const row = await defaultRuleRow();
    const res = await put(row, { dueDate: addDays(row.periodEnd, 20) });
    expect(res.status).toBe(400);
    expect(res.body.problems.map((p: { field: string }) => p.field)).toEqual(['version']);
    expect((await rows()).find((r) => r.periodKey === row.periodKey)!.source).toBe('default rule');
  });

  it('still refuses anyone outside the performance team', async () => {
    const row = await defaultRuleRow();
    const res = await apiAs(server.url, DEMO_PEOPLE_IDS.collectionOfficer).put(
      `/api/timetable/${encodeURIComponent(row.periodKey)}`,
      { dueDate: addDays(row.periodEnd, 20), version: null },
    );
    expect(res.status).toBe(403);
  });

  it('describes the version in the OpenAPI document', async () => {
    const doc = (await admin().get('/api/openapi.json')).body;
    const body =
      doc.paths['/api/timetable/{periodKey}'].put.requestBody.content['application/json'];
    expect(body.schema.required).toContain('version');
  });
});
