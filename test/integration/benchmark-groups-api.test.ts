// GET /api/benchmarks/groups over real HTTP on the demo council at the suite's moment: every
// request is tied to a person (401 without one), any person of the council may read the groups,
// and a group an import creates is in the very next answer with its member count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importBenchmarksCsv,
  type ComparatorGroupSummary,
} from '../../src/app/benchmarks/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let officerId: string;
let adminId: string;

beforeAll(async () => {
  server = await startTestServer();
  const people = await server.deps.store.query('people');
  officerId = people.find((p) => p.fields.roles.join() === 'officer')!.id;
  adminId = people.find((p) => p.fields.roles.includes('admin'))!.id;
}, 60_000);
afterAll(() => server?.stop());

const groupsOf = async (personId: string) => {
  const res = await apiAs(server.url, personId).get('/api/benchmarks/groups');
  expect(res.status).toBe(200);
  return (res.body as { groups: ComparatorGroupSummary[] }).groups;
};

describe('GET /api/benchmarks/groups', () => {
  it('ties every request to a person', async () => {
    expect((await apiAs(server.url, null).get('/api/benchmarks/groups')).status).toBe(401);
    expect((await apiAs(server.url, 'nobody-here').get('/api/benchmarks/groups')).status).toBe(401);
  });

  it("lists the demo's groups with their kinds and member counts, to any person", async () => {
    const stored = await server.deps.store.query('comparatorGroups');
    const groups = await groupsOf(officerId);
    expect(groups).toHaveLength(stored.length);
    for (const g of stored) {
      expect(groups).toContainEqual({
        id: g.id,
        name: g.fields.name,
        kind: g.fields.kind,
        memberCount: g.fields.members.length,
      });
    }
    expect(groups.find((g) => g.kind === 'nearest-neighbours')?.memberCount).toBeGreaterThan(0);
  });

  it('shows a group an import creates, with its members counted', async () => {
    const indicator = (await server.deps.store.query('indicators')).find(
      (i) => i.fields.frequency === 'annual',
    )!;
    const year = (await server.deps.store.query('targets', { indicatorId: indicator.id }))[0]!
      .fields.year;
    const csv = [
      'code,period,group,area_code,area_name,value,source',
      `${indicator.fields.code},${year},Shire partnership,E07000146,Kingsmere District Council,5,Survey`,
      `${indicator.fields.code},${year},Shire partnership,E07000147,Larkfield Borough Council,6,Survey`,
    ].join('\n');
    await importBenchmarksCsv(server.deps, csv, { actorId: adminId });
    expect((await groupsOf(officerId)).find((g) => g.name === 'Shire partnership')).toMatchObject({
      kind: 'custom',
      memberCount: 2,
    });
  });
});
