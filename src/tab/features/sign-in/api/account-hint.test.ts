import { describe, expect, it } from 'vitest';
import type { HostContext } from '../../../teams/index.js';
import { accountHint } from './account-hint.js';

const base: HostContext = {
  inTeams: true,
  frameContext: 'content',
  locale: 'en-gb',
  userPrincipalName: null,
  loginHint: null,
  userObjectId: null,
  meetingId: null,
  tenantId: null,
  subPageId: null,
};

describe('accountHint (MSAL account filter from the Teams context)', () => {
  it('gives homeAccountId as <object id>.<tenant id>, with the login hint', () => {
    const hint = accountHint({
      ...base,
      userObjectId: '11111111-2222-4333-8444-555555555555',
      tenantId: '6a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
      loginHint: 'someone@example.gov.uk',
    });
    expect(hint).toEqual({
      homeAccountId: '11111111-2222-4333-8444-555555555555.6a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
      loginHint: 'someone@example.gov.uk',
      tenantId: '6a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
    });
  });

  it('gives no homeAccountId without both ids, and nothing for an empty context', () => {
    expect(accountHint({ ...base, userObjectId: 'abc' })).toEqual({});
    expect(accountHint({ ...base, loginHint: 'a@b.gov.uk' })).toEqual({ loginHint: 'a@b.gov.uk' });
  });
});
