import { describe, expect, it } from 'vitest';
import {
  acceptedAudiences,
  acceptedIssuers,
  jwksUrlFor,
  parseGroupRoles,
} from './entra-options.js';

const options = { tenantId: 'tid-1', clientId: 'cid-1', publicHost: 'gt.example.gov.uk' };

describe('Entra token expectations', () => {
  it('accepts the v2 and v1 audiences and issuers of one tenant only', () => {
    expect(acceptedAudiences(options)).toEqual(['cid-1', 'api://gt.example.gov.uk/cid-1']);
    expect(acceptedIssuers(options)).toEqual([
      'https://login.microsoftonline.com/tid-1/v2.0',
      'https://sts.windows.net/tid-1/',
    ]);
  });

  it("uses the tenant's discovery keys unless told otherwise", () => {
    expect(jwksUrlFor(options).href).toBe(
      'https://login.microsoftonline.com/tid-1/discovery/v2.0/keys',
    );
    expect(jwksUrlFor({ ...options, jwksUrl: 'http://127.0.0.1:9/keys' }).href).toBe(
      'http://127.0.0.1:9/keys',
    );
  });

  it('reads group-to-role pairs and names a bad one', () => {
    expect(parseGroupRoles('g1=admin, g2=leadership')).toEqual({ g1: 'admin', g2: 'leadership' });
    expect(parseGroupRoles(undefined)).toEqual({});
    expect(() => parseGroupRoles('g1=boss')).toThrow(/"g1=boss"/);
  });
});
