// The strategic dashboard API (issue 17) over real HTTP on the demo council at the suite's fixed
// moment: only the Leadership Team and the performance team may read it (an officer is told 403
// before anything about the date), a bad or future date is a 400 naming asAt, and a dashboard as
// at a date counts only figures authorised by then. Dates come from the clock and the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EditionsView,
  StrategicDashboardView,
} from '../../src/app/strategic-dashboard/index.js';
import { addDays, londonDate } from '../../src/domain/periods/index.js';
import { isOffTarget, severity } from '../../src/domain/ratings/index.js';
import { apiAs, FIXED_NOW, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let leaderId: string;
let officerId: string;
const today = londonDate(FIXED_NOW);

beforeAll(async () => {
  server = await startTestServer();
  const people = await server.deps.store.query('people');
  leaderId = people.find((p) => p.fields.roles.includes('leadership'))!.id;
  officerId = people.find((p) => p.fields.roles.join() === 'officer')!.id;
}, 60_000);
afterAll(() => server?.stop());

const url = (asAt?: string) =>
  asAt === undefined
    ? '/api/strategic-dashboard'
    : `/api/strategic-dashboard?asAt=${encodeURIComponent(asAt)}`;

async function asAt(date?: string): Promise<StrategicDashboardView> {
  const res = await apiAs(server.url, leaderId).get(url(date));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as StrategicDashboardView;
}

describe('GET /api/strategic-dashboard', () => {
  it('ties every request to a person and refuses an officer before reading the date', async () => {
    expect((await apiAs(server.url, null).get(url())).status).toBe(401);
    for (const date of [undefined, 'not-a-date', addDays(today, 1)]) {
      const res = await apiAs(server.url, officerId).get(url(date));
      expect(res.status, String(date)).toBe(403);
      expect(res.body.message).toMatch(/Leadership Team/);
    }
    const editions = await apiAs(server.url, officerId).get('/api/strategic-dashboard/editions');
    expect(editions.status).toBe(403);
  });

  it('names asAt when the date is not a date, or is after today', async () => {
    for (const date of ['31/12/2025', '2025-02-30', 'x'.repeat(300), addDays(today, 1)]) {
      const res = await apiAs(server.url, leaderId).get(url(date));
      expect(res.status, date).toBe(400);
      expect(res.body.problems[0].field).toBe('asAt');
    }
  });

  it('is as at today by default, with counts that add up and the worst areas first', async () => {
    const view = await asAt();
    expect(view.asAt).toBe(today);
    expect(view.asAtText).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const total = view.headline.reduce((t, h) => t + h.count, 0);
    expect(total).toBe(view.indicators.length);
    expect(view.indicators.length).toBeGreaterThan(10);
    const areas = view.keyDevelopmentAreas.indicators;
    expect(areas.length).toBeGreaterThan(0);
    for (const a of areas) expect(isOffTarget(a.rating.state) || a.persistent).toBe(true);
    const severities = areas.map((a) => severity(a.rating.state));
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    for (const r of view.risks.aboveTolerance)
      expect(r.score).toBeGreaterThan(view.risks.tolerance);
    expect(view.risks.aboveTolerance.length).toBeGreaterThan(0);
    expect(view.budget?.directorates.length).toBeGreaterThan(0);
    for (const d of view.budget!.directorates) {
      expect(d.sentence).toMatch(/^Forecast outturn -?£[\d,]+ against a current budget of/);
      expect(['Overspend', 'Underspend', 'On budget']).toContain(d.words);
    }
  });

  it('counts a figure only from the day it was authorised', async () => {
    // The most recent authorisation of an indicator's latest authorised period, in the data.
    const returns = (await server.deps.store.query('returns'))
      .map((r) => r.fields)
      .filter((r) => r.state === 'authorised' && r.authorisedAt);
    const latestOf = new Map<string, (typeof returns)[number]>();
    for (const r of returns) {
      const seen = latestOf.get(r.indicatorId);
      if (!seen || seen.periodKey < r.periodKey) latestOf.set(r.indicatorId, r);
    }
    const chosen = [...latestOf.values()].sort((a, b) =>
      b.authorisedAt!.localeCompare(a.authorisedAt!),
    )[0]!;
    const day = londonDate(chosen.authorisedAt!);
    const rowOn = (v: StrategicDashboardView) =>
      v.indicators.find((i) => i.indicatorId === chosen.indicatorId)!;
    const on = rowOn(await asAt(day));
    expect(on.periodKey).toBe(chosen.periodKey);
    expect(on.authorisedOn).not.toBeNull();
    const before = rowOn(await asAt(addDays(day, -1)));
    expect(before.periodKey === chosen.periodKey && before.authorisedOn !== null).toBe(false);
  });

  it('lists the editions so far, newest first, each a dashboard of its own date', async () => {
    const res = await apiAs(server.url, leaderId).get('/api/strategic-dashboard/editions');
    expect(res.status).toBe(200);
    const { editions, cadence } = res.body as EditionsView;
    expect(cadence.everyDays).toBe(21);
    expect(editions.length).toBeGreaterThan(3);
    expect(editions.every((e) => e.date <= today)).toBe(true);
    const dates = editions.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const older = await asAt(dates[2]);
    expect(older.isEdition).toBe(true);
    expect(older.asAtText).toBe(editions[2]!.text);
    expect(cadence.nextEdition > today).toBe(true);
  });

  it('is in the OpenAPI document', async () => {
    const res = await apiAs(server.url, leaderId).get('/api/openapi.json');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/strategic-dashboard', '/api/strategic-dashboard/editions']),
    );
  });
});
