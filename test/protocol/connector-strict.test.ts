// The connector stand-in is as strict as Teams about refresh.userIds (Universal Actions "User
// Specific Views": Teams user ids, `29:…`, at most 60), so a card naming people by Entra object id
// cannot pass the protocol tests unseen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnector, type Connector } from './support/connector.js';

let connector: Connector;
beforeAll(async () => {
  connector = await startConnector();
});
afterAll(async () => {
  await connector?.close();
});

const withUserIds = (userIds: unknown) => ({
  type: 'message',
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [],
        refresh: { action: { type: 'Action.Execute', verb: 'card.refresh' }, userIds },
      },
    },
  ],
});

async function send(body: unknown) {
  const res = await fetch(`${connector.url}v3/conversations/a:chat/activities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as any };
}

describe('the connector stand-in', () => {
  it('accepts Teams user ids', async () => {
    const res = await send(withUserIds(['29:1a2b', '29:3c4d']));
    expect(res.status).toBe(200);
    expect(connector.sentTo('a:chat')).toHaveLength(1);
  });

  it('refuses an Entra object id in refresh.userIds, citing the documentation', async () => {
    const res = await send(withUserIds(['29:1a2b', '00000000-0000-4000-8000-000000000015']));
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('BadArgument');
    expect(res.json.error.message).toMatch(/not a Teams user id .*user-specific-views/);
    expect(connector.records.at(-1)).toMatchObject({ kind: 'refused' });
  });

  it('refuses more than 60 users', async () => {
    const ids = Array.from({ length: 61 }, (_, i) => `29:user-${i}`);
    const res = await send(withUserIds(ids));
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/61 users; at most 60/);
    expect((await send(withUserIds(ids.slice(0, 60)))).status).toBe(200);
  });
});
