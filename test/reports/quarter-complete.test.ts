// The quarter-complete card: posted only when every non-retired indicator's returns for the quarter
// are authorised, once per quarter however many authorisations race to complete it, with the
// headline counts and a link to the tab's Reports page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterCompleteCard } from '../../bot/cards/index.js';
import {
  onQuarterMaybeComplete,
  quarterCompletion,
  quarterOf,
  reportsPageUrl,
  type ChannelNotifier,
} from '../../src/reports/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** Records what would be posted; `configured: false` is a council with no report channel yet. */
function recorder(configured = true): ChannelNotifier & { posted: Record<string, unknown>[] } {
  const posted: Record<string, unknown>[] = [];
  return {
    posted,
    postQuarterComplete: async (input) => {
      if (configured) posted.push(quarterCompleteCard(input));
      return configured;
    },
  };
}

const deps = () => ({ ...server.deps, baseUrl: 'https://gt.example/' });

describe('quarter complete', () => {
  it('maps a return period to its quarter', () => {
    expect(quarterOf('2025-05').key).toBe('2025/26 Q1');
    expect(quarterOf('2025/26 H1').key).toBe('2025/26 Q2');
    expect(quarterOf('2024/25').key).toBe('2024/25 Q4');
  });

  it('posts nothing while Q2 returns are outstanding, and a card once Q1 is complete', async () => {
    const notifier = recorder();
    const q2 = await quarterCompletion(server.deps, quarterOf('2025/26 Q2'));
    expect(q2.complete).toBe(false);
    expect(q2.outstanding).toContain('WR02 Q2 2025/26');
    expect(await onQuarterMaybeComplete(deps(), '2025/26 Q2', notifier)).toBe(false);
    expect(notifier.posted).toHaveLength(0);
    const q1 = await quarterCompletion(server.deps, quarterOf('2025/26 Q1'));
    expect(q1.outstanding).toEqual([]);
    expect(await onQuarterMaybeComplete(deps(), '2025-06', notifier)).toBe(true);
    const json = JSON.stringify(notifier.posted[0]);
    expect(json).toContain('Q1 2025/26 is fully authorised');
    expect(json).toContain('"url":"https://gt.example/#/reports?period=2025%2F26%20Q1"');
    expect(json).toContain('{"title":"Action","value":"6"}');
  });

  it('posts once for a quarter already announced (an indicator authorised afterwards)', async () => {
    const notifier = recorder();
    expect(await onQuarterMaybeComplete(deps(), '2025-04', notifier)).toBe(false);
    expect(notifier.posted).toHaveLength(0);
  });

  it('posts once when several "last" authorisations race', async () => {
    const complete = await quarterCompletion(server.deps, quarterOf('2025-03'));
    expect(complete.complete).toBe(true);
    const notifier = recorder();
    const results = await Promise.all(
      ['2025-01', '2025-02', '2025-03', '2024/25 Q4', '2024/25'].map((p) =>
        onQuarterMaybeComplete(deps(), p, notifier),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(notifier.posted).toHaveLength(1);
    const claims = await server.deps.store.query('settings', { key: 'quarterNotice:2024/25 Q4' });
    expect(claims).toHaveLength(1);
  });

  it('releases the claim when no channel took the card, so a later authorisation posts it', async () => {
    const period = '2024-12';
    expect((await quarterCompletion(server.deps, quarterOf(period))).complete).toBe(true);
    expect(await onQuarterMaybeComplete(deps(), period, recorder(false))).toBe(false);
    const later = recorder();
    expect(await onQuarterMaybeComplete(deps(), period, later)).toBe(true);
    expect(later.posted).toHaveLength(1);
  });

  it('links to the Reports page: on this server locally, by a Teams deep link in a tenant', () => {
    expect(reportsPageUrl('2025/26 Q2', { baseUrl: 'http://localhost:3978/' })).toBe(
      'http://localhost:3978/#/reports?period=2025%2F26%20Q2',
    );
    const app = '11111111-2222-4333-8444-555555555555';
    const link = new URL(reportsPageUrl('2025/26 Q2', { baseUrl: 'https://x', teamsAppId: app }));
    expect(`${link.origin}${link.pathname}`).toBe(
      `https://teams.microsoft.com/l/entity/${app}/my-work`,
    );
    const context = JSON.parse(link.searchParams.get('context')!);
    expect(context).toEqual({ subEntityId: 'reports?period=2025%2F26%20Q2' });
    // What the tab does with it: the route's query reads back the period key.
    const query = new URLSearchParams(context.subEntityId.split('?')[1]);
    expect(query.get('period')).toBe('2025/26 Q2');
  });

  it('builds the card from its input alone, the council name escaped', () => {
    const card = quarterCompleteCard({
      councilName: 'Test *council* [x](https://evil.example) <b>',
      quarterLabel: 'Q3 2025/26',
      headline: [{ label: 'Strong', count: 2 }],
      reportUrl: 'https://x.example/#/reports?period=2025%2F26%20Q3',
    });
    expect(card.version).toBe('1.5');
    const json = JSON.stringify(card);
    expect(json).toContain(
      'Test \\\\*council\\\\* \\\\[x\\\\]\\\\(https://evil.example\\\\) &lt;b&gt;',
    );
    expect(json).not.toContain('<b>');
  });
});
