// A polling tab pays for one token check per token: the verified identity is reused until the
// token expires, the person re-read every few minutes, and a token never verified is never reused.
import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import { IdentityCache, PERSON_TTL_MS } from './identity-cache.js';
import { authenticateRequest } from './tenant-identity.js';
import type { EntraClaims } from './verify-entra-token.js';

const ID = 'bbbbbbbb-1111-4222-8333-000000000001';
const TOKEN = 'aaaa.bbbb.cccc';
const request = (token: string) => ({ headers: { authorization: `Bearer ${token}` } }) as Request;

describe('the verified identity cache', () => {
  it('checks a token once until it expires, and re-reads the person every few minutes', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    await store.create(
      'people',
      {
        name: 'Pat Officer',
        email: 'pat@example.gov.uk',
        jobTitle: 'Officer',
        roles: ['officer'],
        delegateId: null,
        onLeaveUntil: null,
        directorateId: null,
      },
      { actorId: 'system', channel: 'import' },
      ID,
    );
    let now = Date.parse('2025-11-20T10:00:00Z');
    const expiresAt = now + 60 * 60 * 1000;
    const verified: string[] = [];
    const verify = async (token: string): Promise<EntraClaims> => {
      verified.push(token);
      if (token !== TOKEN) throw new Error('not a valid token');
      const claims = { oid: ID, tid: 't', name: null, preferredUsername: null };
      return { ...claims, groups: [], scopes: ['access_as_user'], expiresAt };
    };
    const deps = { store, clock: { now: () => new Date(now) }, verify, cache: new IdentityCache() };

    for (let i = 0; i < 5; i++)
      expect((await authenticateRequest(request(TOKEN), deps)).id).toBe(ID);
    expect(verified).toHaveLength(1);
    await expect(authenticateRequest(request('xxxx.yyyy.zzzz'), deps)).rejects.toThrow();
    await expect(authenticateRequest(request('xxxx.yyyy.zzzz'), deps)).rejects.toThrow();
    expect(verified).toHaveLength(3); // a refused token is checked every time

    // A role the performance team changes shows within PERSON_TTL_MS, not at the token's expiry.
    const person = (await store.get('people', ID))!;
    await store.update(
      'people',
      ID,
      person.version,
      { roles: ['admin'] },
      {
        actorId: 'admin',
        channel: 'tab',
      },
    );
    expect((await authenticateRequest(request(TOKEN), deps)).roles).toEqual(['officer']);
    now += PERSON_TTL_MS;
    expect((await authenticateRequest(request(TOKEN), deps)).roles).toEqual(['admin']);
    expect(verified).toHaveLength(4);

    // Past the token's expiry it is checked again (and the verifier refuses an expired one).
    now = expiresAt + 1;
    await authenticateRequest(request(TOKEN), deps);
    expect(verified).toHaveLength(5);
    await store.close();
  });
});
