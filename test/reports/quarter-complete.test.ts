// The quarter-complete card: posted only when every non-retired indicator's returns for the quarter
// are authorised, with the headline counts and a link to the report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  onQuarterMaybeComplete,
  quarterCompleteCard,
  quarterCompletion,
  quarterOf,
} from '../../src/reports/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('quarter complete', () => {
  it('maps a return period to its quarter', () => {
    expect(quarterOf('2025-05').key).toBe('2025/26 Q1');
    expect(quarterOf('2025/26 H1').key).toBe('2025/26 Q2');
    expect(quarterOf('2024/25').key).toBe('2024/25 Q4');
  });

  it('posts nothing while Q2 returns are outstanding, and a card once Q1 is complete', async () => {
    const posted: Record<string, unknown>[] = [];
    const notifier = {
      postToChannel: async (card: Record<string, unknown>) => void posted.push(card),
    };
    const deps = { ...server.deps, baseUrl: 'https://gt.example/' };
    const q2 = await quarterCompletion(server.deps, quarterOf('2025/26 Q2'));
    expect(q2.complete).toBe(false);
    expect(q2.outstanding).toContain('WR02 Q2 2025/26');
    expect(await onQuarterMaybeComplete(deps, '2025/26 Q2', notifier)).toBe(false);
    expect(posted).toHaveLength(0);
    const q1 = await quarterCompletion(server.deps, quarterOf('2025/26 Q1'));
    expect(q1.outstanding).toEqual([]);
    expect(await onQuarterMaybeComplete(deps, '2025-06', notifier)).toBe(true);
    const json = JSON.stringify(posted[0]);
    expect(json).toContain('Q1 2025/26 is fully authorised');
    expect(json).toContain(
      'https://gt.example/api/reports/quarterly?period=2025%2F26+Q1&format=pdf',
    );
    expect(json).toContain('{"title":"Action","value":"6"}');
  });

  it('builds the card from its input alone', () => {
    const card = quarterCompleteCard({
      councilName: 'Test council',
      quarterLabel: 'Q3 2025/26',
      headline: [{ label: 'Strong', count: 2 }],
      reportUrl: 'https://x.example/r?format=pdf',
    });
    expect(card.version).toBe('1.5');
    expect(JSON.stringify(card)).toContain('https://x.example/r?format=docx');
  });
});
