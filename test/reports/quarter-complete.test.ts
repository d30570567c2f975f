// The quarter-complete card: posted only when every non-retired indicator's returns for the quarter
// are authorised, once per quarter however many authorisations race to complete it, with the
// headline counts and a link to the tab's Reports page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterCompleteCard } from '../../bot/cards/index.js';
import {
  onQuarterMaybeComplete,
  quarterOf,
  reportsPageUrl,
  type ChannelNotifier,
} from '../../src/reports/index.js';
import { exportRows } from '../../src/app/export/index.js';
import { parsePeriod, periodsWithin } from '../../src/domain/periods/index.js';
import { completeQuarters, openQuarter } from '../support/demo-quarters.js';
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

  it('posts nothing while a quarter has returns outstanding, and a card once one is complete', async () => {
    const notifier = recorder();
    const open = await openQuarter(server.deps);
    expect(open.complete).toBe(false);
    // An independent look at the store: a return of that quarter not yet authorised is listed.
    const [indicators, returns] = await Promise.all([
      server.deps.store.query('indicators'),
      server.deps.store.query('returns'),
    ]);
    const waiting = returns.find(
      (r) =>
        r.fields.state !== 'authorised' &&
        quarterOf(r.fields.periodKey).key === open.quarter.key &&
        !indicators.find((i) => i.id === r.fields.indicatorId)!.fields.retired,
    );
    if (waiting) {
      const code = indicators.find((i) => i.id === waiting.fields.indicatorId)!.fields.code;
      expect(open.outstanding).toContain(`${code} ${parsePeriod(waiting.fields.periodKey).label}`);
    }
    expect(await onQuarterMaybeComplete(deps(), open.quarter.key, notifier)).toBe(false);
    expect(notifier.posted).toHaveLength(0);

    const [done] = await completeQuarters(server.deps, 1);
    const lastMonth = periodsWithin(done!, 'month').at(-1)!.key;
    expect(await onQuarterMaybeComplete(deps(), lastMonth, notifier)).toBe(true);
    const json = JSON.stringify(notifier.posted[0]);
    expect(json).toContain(`${done!.label} is fully authorised`);
    expect(json).toContain(
      `"url":"https://gt.example/#/reports?period=${encodeURIComponent(done!.key)}"`,
    );
    // The headline agrees with the authorised export of the same quarter.
    const rows = await exportRows(server.deps, done!.key);
    const actions = rows.filter((r) => r.rating === 'Action').length;
    expect(json).toContain(`{"title":"Action","value":"${actions}"}`);
  });

  it('posts once for a quarter already announced (an indicator authorised afterwards)', async () => {
    const [done] = await completeQuarters(server.deps, 1);
    const notifier = recorder();
    const firstMonth = periodsWithin(done!, 'month')[0]!.key;
    expect(await onQuarterMaybeComplete(deps(), firstMonth, notifier)).toBe(false);
    expect(notifier.posted).toHaveLength(0);
  });

  it('posts once when several "last" authorisations race', async () => {
    const [, older] = await completeQuarters(server.deps, 2);
    const notifier = recorder();
    // Every period that ends in the quarter: its months, the quarter, and the year when it ends it.
    const periods = [
      ...periodsWithin(older!, 'month').map((p) => p.key),
      older!.key,
      ...(older!.end.endsWith('-03-31') ? [older!.year] : []),
    ];
    const results = await Promise.all(
      periods.map((p) => onQuarterMaybeComplete(deps(), p, notifier)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(notifier.posted).toHaveLength(1);
    const claims = await server.deps.store.query('settings', {
      key: `quarterNotice:${older!.key}`,
    });
    expect(claims).toHaveLength(1);
  });

  it('releases the claim when no channel took the card, so a later authorisation posts it', async () => {
    const [, , oldest] = await completeQuarters(server.deps, 3);
    const period = periodsWithin(oldest!, 'month').at(-1)!.key;
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
    const tenantId = '6a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
    const href = reportsPageUrl('2025/26 Q2', { baseUrl: 'https://x', teamsAppId: app, tenantId });
    const link = new URL(href);
    expect(`${link.origin}${link.pathname}`).toBe(
      `https://teams.microsoft.com/l/entity/${app}/my-work`,
    );
    // The deep-link guide's shape: tenantId, a webUrl fallback, a label, every value URI-encoded
    // (spaces as %20, never '+').
    expect(link.searchParams.get('tenantId')).toBe(tenantId);
    expect(link.searchParams.get('webUrl')).toBe('https://x/#/reports?period=2025%2F26%20Q2');
    expect(link.searchParams.get('label')).toBe('Reports');
    expect(href).not.toContain('+');
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
