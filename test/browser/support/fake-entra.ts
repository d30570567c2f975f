// A stand-in for the Entra ID token service, for tests: an RSA key pair generated here, its public
// half served as a JWKS on a loopback port, and access tokens shaped like Entra's (v2 and v1).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type CryptoKey } from 'jose';
import type { ConfigOptions } from '../../../src/platform/config/config.js';
import { suiteClock } from '../../support/test-clock.js';

export const FAKE_TENANT = '6a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
export const FAKE_CLIENT = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c5e';
export const FAKE_HOST = 'goldenthread.example-council.gov.uk';

export interface TokenOptions {
  oid: string;
  audience?: string;
  issuer?: string;
  tid?: string;
  /** Seconds from `now` until expiry (negative: already expired). */
  expiresIn?: number;
  scp?: string;
  groups?: string[];
  /** Sign with a key the JWKS does not publish under this kid (a forged token). */
  forged?: boolean;
  extra?: JWTPayload;
}

export interface FakeEntra {
  jwksUrl: string;
  /** A token for the API, valid at `now` (the suite's clock) unless the options say otherwise. */
  token(options: TokenOptions, now?: Date): Promise<string>;
  close(): Promise<void>;
}

/** A server in tenant mode that trusts this fake Entra: the bot's app id and secret are dummies. */
export function tenantServerOptions(entra: FakeEntra, extra: ConfigOptions = {}): ConfigOptions {
  return {
    mode: 'tenant',
    botAppId: '22222222-3333-4444-8555-666666666666',
    botAppPassword: 'not-a-real-secret',
    tenantId: FAKE_TENANT,
    entraAppId: FAKE_CLIENT,
    publicHost: FAKE_HOST,
    entraJwksUrl: entra.jwksUrl,
    ...extra,
  };
}

export async function startFakeEntra(): Promise<FakeEntra> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const forger = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'fake-key-1', use: 'sig', alg: 'RS256' };
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const sign = (key: CryptoKey, payload: JWTPayload, iat: number, exp: number) =>
    new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: 'fake-key-1', typ: 'JWT' })
      .setIssuedAt(iat)
      .setNotBefore(iat)
      .setExpirationTime(exp)
      .sign(key);
  return {
    jwksUrl: `http://127.0.0.1:${port}/keys`,
    async token(o, now = suiteClock.now()) {
      const iat = Math.floor(now.getTime() / 1000) - 60;
      const exp = Math.floor(now.getTime() / 1000) + (o.expiresIn ?? 3600);
      const payload: JWTPayload = {
        aud: o.audience ?? FAKE_CLIENT,
        iss: o.issuer ?? `https://login.microsoftonline.com/${FAKE_TENANT}/v2.0`,
        tid: o.tid ?? FAKE_TENANT,
        oid: o.oid,
        scp: o.scp ?? 'access_as_user',
        name: 'Test person',
        ...(o.groups ? { groups: o.groups } : {}),
        ...o.extra,
      };
      return sign(o.forged ? forger.privateKey : privateKey, payload, iat, exp);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
