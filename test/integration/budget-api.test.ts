// The budget API (issue 17) over real HTTP on the demo council at the suite's fixed moment: who
// asks is known (401 without an identity, 403 for a stranger), bad input is a 400 naming the
// parameter, and the answer is per directorate with its services, forecast outturn, variance and
// words. Years and quarters come from the suite's clock and the data, never from a fixed year.
// The dashboard shows the same position beside its ratings, and a budget import is in the very next
// dashboard anyone asks for (the dashboard is a cached view: the import must move it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/api/index.js';
import { importBudgetCsv, type BudgetPositionView } from '../../src/app/budget/index.js';
import { latestQuarterAsAt } from '../../src/domain/budget/index.js';
import { londonDate } from '../../src/domain/periods/index.js';
import { apiAs, FIXED_NOW, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let officerId: string;
let adminId: string;
let latest: { year: string; index: number; key: string; end: string };

beforeAll(async () => {
  server = await startTestServer();
  const people = await server.deps.store.query('people');
  officerId = people.find((p) => p.fields.roles.join() === 'officer')!.id;
  adminId = people.find((p) => p.fields.roles.includes('admin'))!.id;
  const lines = (await server.deps.store.query('budgetLines')).map((l) => l.fields);
  const quarter = latestQuarterAsAt(lines, londonDate(FIXED_NOW));
  latest = { year: quarter!.year, index: quarter!.index, key: quarter!.key, end: quarter!.end };
}, 60_000);
afterAll(() => server?.stop());

const url = (q: Record<string, string>) => `/api/budget?${new URLSearchParams(q).toString()}`;

describe('GET /api/budget', () => {
  it('ties every request to a person', async () => {
    expect((await apiAs(server.url, null).get(url({}))).status).toBe(401);
    const stranger = await apiAs(server.url, 'nobody-here').get(url({}));
    expect(stranger.status).toBe(401);
  });

  it("gives a quarter's position per directorate, with services, lines and words", async () => {
    const res = await apiAs(server.url, officerId).get(
      url({ year: latest.year, quarter: String(latest.index) }),
    );
    expect(res.status).toBe(200);
    const view = res.body as BudgetPositionView;
    expect(view.periodKey).toBe(latest.key);
    expect(view.directorates).toHaveLength(3);
    for (const d of view.directorates) {
      expect(d.name).not.toBe('No directorate');
      expect(d.text.forecastOutturn).toMatch(/^-?£[\d,]+\.\d{2}$/);
      expect(['Overspend', 'Underspend', 'On budget']).toContain(d.words);
      expect(d.forecastOutturnPence).toBe(
        d.services.reduce((t, s) => t + s.forecastOutturnPence, 0),
      );
      expect(d.variancePence).toBe(d.forecastOutturnPence - d.currentBudgetPence);
      for (const s of d.services) expect(s.lines).toHaveLength(1);
    }
    expect(view.directorates.flatMap((d) => d.services)).toHaveLength(9);
  });

  it('gives the latest quarter ended by today without parameters', async () => {
    const res = await apiAs(server.url, officerId).get('/api/budget');
    expect(res.status).toBe(200);
    expect((res.body as BudgetPositionView).periodKey).toBe(latest.key);
  });

  it('names the parameter that is wrong', async () => {
    const api = apiAs(server.url, officerId);
    for (const [query, field] of [
      [{ quarter: '2' }, 'year'],
      [{ year: '2025-26', quarter: '2' }, 'year'],
      [{ year: latest.year, quarter: '7' }, 'quarter'],
      [{ year: latest.year, quarter: 'x'.repeat(41) }, 'quarter'],
      [{ asAt: '31/12/2025' }, 'asAt'],
    ] as const) {
      const res = await api.get(url(query));
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body.problems[0].field, JSON.stringify(query)).toBe(field);
      expect(res.body.message).toMatch(new RegExp(field));
    }
  });
});

describe('the budget beside the dashboard', () => {
  it('is the quarter the month ends, per directorate, and moves with the next import', async () => {
    const api = apiAs(server.url, officerId);
    // The dashboard for the quarter's last month (the month `latest` ends).
    const dashboardUrl = `/api/dashboard?period=${latest.end.slice(0, 7)}`;
    const before = (await api.get(dashboardUrl)).body as Dashboard;
    const budget = (await api.get(url({ year: latest.year, quarter: String(latest.index) })))
      .body as BudgetPositionView;
    if (!before.budget.shown) throw new Error(`no budget on ${dashboardUrl}`);
    // The same figures as the budget API, judged as at the month's end rather than today.
    expect(before.budget.position.asAt).toBe(latest.end);
    expect({ ...before.budget.position, asAt: budget.asAt }).toEqual(budget);
    // The position beside each directorate's ratings names it by the ratings table's id.
    const rated = new Set(before.byDirectorate.map((r) => r.id));
    for (const d of before.budget.position.directorates)
      expect(rated.has(d.directorateId)).toBe(true);
    // Served from the cache while nothing changes.
    expect((await api.get(dashboardUrl)).body).toEqual(before);

    // Finance re-forecasts one service in that quarter a million pounds higher.
    const service = budget.directorates[0]!.services[0]!;
    const line = service.lines[0]!;
    const pounds = (pence: number) => (pence / 100).toFixed(2);
    const forecast = line.forecastOutturnPence + 100_000_000;
    const csv = [
      'service,year,period,original_budget,current_budget,actual_to_date,forecast_outturn,commentary',
      [
        service.serviceId,
        latest.year,
        line.periodKey,
        pounds(line.originalBudgetPence),
        pounds(line.currentBudgetPence),
        pounds(line.actualToDatePence),
        pounds(forecast),
        'Re-forecast after the storm',
      ].join(','),
    ].join('\n');
    expect(await importBudgetCsv(server.deps, csv, { actorId: adminId })).toMatchObject({
      updated: 1,
    });
    const after = (await api.get(dashboardUrl)).body as Dashboard;
    if (!after.budget.shown) throw new Error(`no budget on ${dashboardUrl} after the import`);
    const was = before.budget.position.directorates[0]!;
    const now = after.budget.position.directorates[0]!;
    expect(now.forecastOutturnPence - was.forecastOutturnPence).toBe(100_000_000);
    expect(now.words).toBe('Overspend');
    expect(now.text.position).toMatch(/ over budget \(\d+\.\d%\), over tolerance$/);
    expect(after.budget.position.council.variancePence).toBe(
      before.budget.position.council.variancePence + 100_000_000,
    );
  });
});
