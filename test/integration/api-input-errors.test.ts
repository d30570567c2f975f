// The API's 400s over real HTTP (issue 15, D5/D6): every route of the table is walked with bodies
// that are not JSON objects, with a charset other than UTF-8 and with a bad %-escape in its path,
// and each answer must say which of those it was, never 5xx; and problems in a path parameter or a
// period are reported under the name the caller sent (`periodKey`, `meetingId`, `year`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { API_ROUTES } from '../../src/server/http/routes/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.stop());

const admin = DEMO_PEOPLE_IDS.admin;

/** Sends a raw body with a chosen Content-Type, as the admin. */
async function send(method: string, url: string, body: string | Uint8Array, contentType: string) {
  const res = await fetch(server.url + url, {
    method: method.toUpperCase(),
    headers: { 'content-type': contentType, 'x-gt-user': admin },
    body: method === 'get' ? undefined : (body as BodyInit),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** A concrete address for a route: every `:param` filled with a harmless value. */
function address(path: string, param = 'x'): string {
  return path.replace(/:[A-Za-z]+/g, param);
}

const writes = API_ROUTES.filter((r) => r.body);
const withParams = API_ROUTES.filter((r) => r.path.includes('/:'));

describe('bodies the API cannot take, on every route with a body', () => {
  it('has routes to walk', () => {
    expect(writes.length).toBeGreaterThan(20);
    expect(withParams.length).toBeGreaterThan(20);
  });

  for (const text of ['[]', '42', '"x"', 'null', 'true']) {
    it(`answers valid JSON that is not an object (${text}) with 400 "must be a JSON object"`, async () => {
      for (const r of writes) {
        const res = await send(r.method, address(r.path), text, 'application/json');
        expect([r.method, r.path, res.status]).toEqual([r.method, r.path, 400]);
        expect(res.body.message, `${r.method} ${r.path}`).toMatch(/must be a JSON object/);
      }
    });
  }

  it('keeps "not valid JSON" for a body that is not JSON', async () => {
    for (const r of writes) {
      const res = await send(r.method, address(r.path), '{"version": ', 'application/json');
      expect([r.path, res.status]).toEqual([r.path, 400]);
      expect(res.body.message).toBe('The request body is not valid JSON');
    }
  });

  for (const charset of ['utf-16', 'utf-16le', 'iso-8859-1', 'latin1']) {
    it(`refuses charset=${charset} with 415, saying only UTF-8 JSON is accepted`, async () => {
      for (const r of writes) {
        const res = await send(
          r.method,
          address(r.path),
          '{}',
          `application/json; charset=${charset}`,
        );
        expect([r.path, res.status]).toEqual([r.path, 415]);
        expect(res.body.message).toMatch(/Only UTF-8 JSON is accepted/);
      }
    });
  }

  it('refuses a well-formed UTF-16 body too, rather than guess at it', async () => {
    const utf16 = Buffer.from(JSON.stringify({ version: 'v' }), 'utf16le');
    const res = await send(
      'put',
      '/api/timetable/2025-10',
      utf16,
      'application/json; charset=utf-16le',
    );
    expect(res.status).toBe(415);
  });

  it('takes charset=utf-8 (any case) as UTF-8', async () => {
    const res = await send(
      'put',
      '/api/timetable/2025-10',
      JSON.stringify({ dueDate: 'soon', version: null }),
      'application/json; charset=UTF-8',
    );
    expect(res.status).toBe(400);
    expect(res.body.problems).toEqual([{ field: 'dueDate', message: 'must be a date YYYY-MM-DD' }]);
  });
});

describe('bodies too large or encoded in a way we do not read', () => {
  it('answers a body over the limit with 413', async () => {
    const big = JSON.stringify({ dueDate: '2026-01-20', note: 'x'.repeat(300_000), version: null });
    const res = await send('put', '/api/timetable/2025-10', big, 'application/json');
    expect(res.status).toBe(413);
    expect(res.body.message).toBe('The request body is too large');
  });

  it('answers an unknown Content-Encoding with 415 naming the encodings we take', async () => {
    const res = await fetch(`${server.url}/api/timetable/2025-10`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        'content-encoding': 'compress',
        'x-gt-user': admin,
      },
      body: '{}',
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { message: string }).message).toMatch(/gzip, deflate or br/);
  });
});

describe('a bad %-escape in the address', () => {
  it('is a 400 saying the address is malformed, on every route with a parameter', async () => {
    for (const r of withParams) {
      const res = await send(r.method, address(r.path, '%E0%A4%A'), '{}', 'application/json');
      expect([r.method, r.path, res.status]).toEqual([r.method, r.path, 400]);
      expect(res.body.error).toBe('malformed-address');
      expect(res.body.message).toMatch(/address is malformed/);
    }
  });

  it('is the same for a GET with no body at all', async () => {
    const res = await apiAs(server.url, admin).get('/api/returns/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/address is malformed/);
  });
});

describe('unknown and overlong parameters', () => {
  it('are answered 4xx on every route with a parameter, never 5xx', async () => {
    for (const value of ['no-such-thing', 'z'.repeat(2000), '%20', 'a%2Fb']) {
      for (const r of withParams) {
        const res = await send(r.method, address(r.path, value), '{}', 'application/json');
        expect([r.method, r.path, value.slice(0, 20), res.status < 500]).toEqual([
          r.method,
          r.path,
          value.slice(0, 20),
          true,
        ]);
      }
    }
  });
});

describe('problems named by the field the caller sent', () => {
  const api = () => apiAs(server.url, admin);

  it('names periodKey for a timetable period that is not a period', async () => {
    const res = await api().put('/api/timetable/nonsense', {
      dueDate: '2026-01-20',
      version: null,
    });
    expect(res.status).toBe(400);
    expect(res.body.problems.map((p: { field: string }) => p.field)).toEqual(['periodKey']);
  });

  it('names meetingId for a meeting id that is too long, reading or moving the stage', async () => {
    const long = 'm'.repeat(300);
    const read = await api().get(`/api/meetings/${long}/stage`);
    const move = await api().put(`/api/meetings/${long}/stage`, { route: '#/dashboard' });
    for (const res of [read, move]) {
      expect(res.status).toBe(400);
      expect(res.body.problems.map((p: { field: string }) => p.field)).toEqual(['meetingId']);
    }
  });

  it('names year for a year of periods that is not one', async () => {
    const res = await api().get('/api/periods?year=banana');
    expect(res.status).toBe(400);
    expect(res.body.problems.map((p: { field: string }) => p.field)).toEqual(['year']);
  });

  it("names periodKey and expectedRecovery for an action plan's periods", async () => {
    const indicator = (await server.deps.store.query('indicators')).find((i) => !i.fields.retired)!;
    const plan = {
      indicatorId: indicator.id,
      periodKey: '2025/26 Q2',
      reasons: 'Two crews short',
      actions: 'Recruit',
      ownerId: admin,
      dueDate: '2026-01-31',
      expectedRecovery: '2025/26 Q4',
    };
    const badPeriod = await api().post('/api/action-plans', { ...plan, periodKey: 'soon' });
    expect(badPeriod.status).toBe(400);
    expect(badPeriod.body.problems[0].field).toBe('periodKey');
    const badRecovery = await api().post('/api/action-plans', {
      ...plan,
      expectedRecovery: 'later',
    });
    expect(badRecovery.status).toBe(400);
    expect(badRecovery.body.problems[0].field).toBe('expectedRecovery');
  });

  it('still names period for a query parameter called period', async () => {
    const res = await api().get('/api/dashboard?period=banana');
    expect(res.status).toBe(400);
    expect(res.body.problems[0].field).toBe('period');
  });
});
