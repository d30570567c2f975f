// An indicator imported from a spreadsheet of just the minimum columns has no service (serviceId
// null) until an admin assigns one. Over real HTTP against the demo council: every page that
// reads services (indicator list, dashboard, golden thread, reports, Excel) still answers; the
// admin list carries the needsOwners flag the Set-up page shows; saving without a service is
// refused naming the field, and saving a service and officers clears the flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../src/app/import/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

const MINIMUM = [
  'code,title,polarity,unit,frequency,period,target,actual',
  'TA01,Tenancy audits completed,higher,count,quarterly,2025/26 Q1,150,162',
].join('\n');

let server: TestServer;
const admin = () => apiAs(server.url, DEMO_PEOPLE_IDS.admin);

beforeAll(async () => {
  server = await startTestServer();
  await importCsv(server.deps, MINIMUM, { actorId: DEMO_PEOPLE_IDS.admin });
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

describe('an indicator imported without a service', () => {
  it('is listed, counted and reported without a service', async () => {
    const list = await admin().get('/api/indicators');
    expect(list.status).toBe(200);
    expect(list.body.find((i: { code: string }) => i.code === 'TA01')).toMatchObject({
      serviceId: null,
      serviceName: '',
      directorateName: '',
    });
    const q1 = encodeURIComponent('2025/26 Q1');
    const { id: portfolio } = (await admin().get('/api/reports')).body.portfolios[0];
    for (const url of [
      `/api/dashboard?period=${q1}`,
      `/api/plan?period=${q1}`,
      '/api/indicators/TA01',
      `/api/reports/quarterly?period=${q1}&format=docx`,
      `/api/reports/portfolio?period=${q1}&format=docx&portfolio=${portfolio}`,
      `/api/reports/dashboard?period=${q1}&format=pdf`,
      `/api/reports/excel?view=indicators&period=${encodeURIComponent('2025/26')}`,
    ]) {
      expect((await admin().get(url)).status, url).toBe(200);
    }
  });

  it('waits for a service and officers on Set-up until an admin saves them', async () => {
    const all = (await admin().get('/api/admin/indicators')).body as Array<
      Record<string, unknown> & { id: string; version: string }
    >;
    const ta01 = all.find((i) => i.code === 'TA01')!;
    expect(ta01).toMatchObject({ serviceId: null, needsOwners: true });
    expect(all.filter((i) => i.needsOwners === true).map((i) => i.code)).toEqual(['TA01']);

    const url = `/api/admin/indicators/${ta01.id}`;
    const refused = await admin().put(url, { version: ta01.version, title: 'Tenancy audits' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain(
      'is required: choose the service the indicator belongs to',
    );

    const { services, people } = (await admin().get('/api/admin/options')).body;
    const saved = await admin().put(url, {
      version: ta01.version,
      serviceId: services[0].id,
      collectorId: people[0].id,
      responsibleId: people[1].id,
      authoriserId: people[1].id,
      escalationOwnerId: people[1].id,
      definition: 'Tenancy audits completed in the quarter.',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ serviceId: services[0].id, needsOwners: false });
  });
});
