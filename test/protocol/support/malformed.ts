// A seeded generator of what an attacker or a broken client posts to /api/messages: bodies that are
// not JSON, JSON that is not an activity, activities with a field missing, ill-typed or absurdly
// large, invokes with junk values, and Authorization headers that cannot be a valid token. The same
// seed gives the same requests, so a failure can be replayed.
import { mulberry32 } from '../../../src/demo/index.js';
import { VERBS } from '../../../bot/cards/verbs.js';

export interface Probe {
  kind: string;
  body: string;
  headers: Record<string, string>;
}

const JUNK: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  '',
  ' ',
  'x'.repeat(5000),
  {},
  [],
  [[[[[]]]]],
  { id: null },
  { id: 42 },
  { id: {} },
  { toString: 'x', valueOf: 1 },
  '\u0000\u202e',
  'javascript:alert(1)',
  'ftp://example.com/',
  '//no-scheme',
  '%zz',
];

const NOT_JSON = [
  '{',
  'nope',
  '{"type":',
  '[1,2',
  "{'type':'message'}",
  '\u0000',
  '{"a":1}}',
  'NaN',
  '{"type":"message",}',
];
const NOT_OBJECT = ['1', '"message"', 'null', 'true', '[]', '[{"type":"message"}]', '-0', '1e999'];
const FIELDS = [
  'type',
  'serviceUrl',
  'channelId',
  'from',
  'conversation',
  'recipient',
  'id',
  'replyToId',
  'text',
  'entities',
  'attachments',
  'membersAdded',
  'channelData',
  'locale',
  'timestamp',
  'name',
];
const STRING_FIELDS = new Set(['id', 'replyToId', 'text', 'locale', 'timestamp', 'name']);
const NOT_URLS = [
  null,
  42,
  {},
  [],
  '',
  'not a url',
  'ftp://example.com/',
  '//no-scheme',
  'x'.repeat(3000),
];
const NESTED = [
  ['from', 'id'],
  ['from', 'aadObjectId'],
  ['conversation', 'id'],
  ['conversation', 'tenantId'],
  ['recipient', 'id'],
];

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Bearer headers that no real Bot Framework token looks like (given the bot's app id). */
function badAuthorizations(appId: string, pick: () => number): string[] {
  const now = Math.floor(Date.now() / 1000);
  const rs = { alg: 'RS256', typ: 'JWT', kid: 'k1' };
  const claims = {
    iss: 'https://api.botframework.com',
    aud: appId,
    exp: now + 3600,
    nbf: now - 60,
  };
  const sig = Buffer.from(String(pick())).toString('base64url');
  return [
    'Basic dXNlcjpwYXNz',
    'Bearer',
    'Bearer ',
    'bearer abc.def.ghi',
    'Bearer abc',
    'Bearer a.b',
    'Bearer !!!.???.###',
    `Bearer ${b64({ alg: 'none' })}.${b64(claims)}.`,
    `Bearer ${b64(rs)}.${b64(claims)}.`,
    `Bearer ${b64({ alg: 'HS256', kid: 'k1' })}.${b64(claims)}.${sig}`,
    `Bearer ${b64({ alg: 'RS256' })}.${b64(claims)}.${sig}`,
    `Bearer ${b64(rs)}.${b64({ ...claims, exp: now - 3600 })}.${sig}`,
    `Bearer ${b64(rs)}.${b64({ ...claims, exp: undefined })}.${sig}`,
    `Bearer ${b64(rs)}.${b64({ ...claims, aud: 'someone-else' })}.${sig}`,
    `Bearer ${b64(rs)}.${b64({ ...claims, iss: 42 })}.${sig}`,
    `Bearer ${b64(rs)}.${Buffer.from('not json').toString('base64url')}.${sig}`,
    // Long, but under Node's 16 KB header limit (beyond it Node itself answers 431).
    `Bearer ${'a'.repeat(8_000)}.b.c`,
  ];
}

export function malformedProbes(options: {
  count: number;
  seed: number;
  serviceUrl: string;
  appId: string;
  /** A demo person, so junk card actions reach the verb handlers rather than "not known". */
  personId: string;
}): Probe[] {
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const valid = () => ({
    id: `probe-${Math.floor(random() * 1e9)}`,
    type: 'message',
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    text: 'my returns',
    from: { id: `29:${options.personId}`, aadObjectId: options.personId },
    recipient: { id: '28:golden-thread-bot' },
    conversation: { id: `a:probe-${options.personId}`, conversationType: 'personal' },
  });
  const json = { 'content-type': 'application/json' };
  const makers: (() => Probe)[] = [
    () => ({ kind: 'not-json', body: pick(NOT_JSON), headers: json }),
    () => ({ kind: 'not-object', body: pick(NOT_OBJECT), headers: json }),
    () => {
      const a: Record<string, unknown> = valid();
      const field = pick(FIELDS);
      if (random() < 0.3) delete a[field];
      else a[field] = pick(JUNK);
      // A change that leaves a well-formed activity (an optional field removed, or given a short
      // string where a string belongs) is not a probe: break the serviceUrl as well.
      const required = ['type', 'serviceUrl', 'channelId', 'from', 'conversation'];
      const value = a[field];
      const stillString = typeof value === 'string' && STRING_FIELDS.has(field);
      if (!required.includes(field) && (!(field in a) || stillString))
        a.serviceUrl = pick(NOT_URLS);
      return { kind: `field:${field}`, body: JSON.stringify(a), headers: json };
    },
    () => {
      const a: Record<string, any> = valid();
      const [outer, inner] = pick(NESTED);
      a[outer!] = {
        ...(a[outer!] ?? {}),
        [inner!]: pick(JUNK.filter((j) => typeof j !== 'string' || j.length > 4000)),
      };
      if (inner === 'aadObjectId' || inner === 'tenantId')
        a[outer!][inner] = { nested: pick(JUNK) };
      return { kind: `field:${outer}.${inner}`, body: JSON.stringify(a), headers: json };
    },
    () => {
      // Invokes a Teams client could never send: junk values, junk card data, unknown names.
      const a: Record<string, unknown> = { ...valid(), type: 'invoke', text: undefined };
      const shape = Math.floor(random() * 4);
      if (shape === 0) {
        a.name = 'adaptiveCard/action';
        a.value = pick(JUNK);
      } else if (shape === 1) {
        a.name = 'adaptiveCard/action';
        a.value = { action: { type: 'Action.Execute', verb: pick(VERBS), data: pick(JUNK) } };
      } else if (shape === 2) {
        a.name = pick([null, 7, {}, 'x'.repeat(300)]);
      } else {
        a.name = 'adaptiveCard/action';
        a.value = { action: { type: pick(JUNK), verb: pick(JUNK) } };
      }
      // Most are refused at the door; card data that is an object of junk (`{}`, `{ id: null }`)
      // is well formed, so in local mode it reaches the verb's handler, which must cope.
      return { kind: 'invoke', body: JSON.stringify(a), headers: json };
    },
    () => {
      const a = { ...valid(), text: 'x'.repeat(40_000 + Math.floor(random() * 1000)) };
      return { kind: 'huge-text', body: JSON.stringify(a), headers: json };
    },
    () => {
      const a = { ...valid(), entities: Array.from({ length: 100 }, () => ({ type: 'mention' })) };
      return { kind: 'too-many', body: JSON.stringify(a), headers: json };
    },
    () => ({
      kind: 'content-type',
      body: JSON.stringify(valid()),
      headers: {
        'content-type': pick([
          'text/plain',
          'application/json; charset=utf-16',
          'application/x-www-form-urlencoded',
          'application/json; charset=latin-2',
        ]),
      },
    }),
    // In local mode botbuilder ignores the Authorization header, so a bad one is no probe there.
    ...(options.appId === ''
      ? []
      : [
          () => ({
            kind: 'bad-token',
            body: JSON.stringify(valid()),
            headers: { ...json, authorization: pick(badAuthorizations(options.appId, random)) },
          }),
        ]),
  ];
  const probes: Probe[] = [];
  for (let i = 0; i < options.count; i++) {
    // Now and then an oversized body, which express.json refuses with 413 (kept rare: it is slow).
    if (i % 997 === 0) {
      probes.push({
        kind: 'too-large',
        body: JSON.stringify({ ...valid(), text: 'y'.repeat(300_000) }),
        headers: json,
      });
      continue;
    }
    probes.push(pick(makers)());
  }
  return probes;
}
