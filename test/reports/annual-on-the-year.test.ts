// The annual report reads each indicator on the year (issue 14): its year-to-date figure, by its
// own rule (sum, average, latest), rated against its year-to-date target — not its March figure —
// and "Successes" lists only Strong and Good (or Green).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateFigure } from '../../src/app/status/index.js';
import {
  londonDate,
  parsePeriod,
  periodContaining,
  previousPeriod,
} from '../../src/domain/periods/index.js';
import { buildReportDocument } from '../../src/reports/index.js';
import { loadReportData } from '../../src/reports/model/report-data.js';
import type { IndicatorEntry, ReportDocument } from '../../src/reports/model/types.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let report: ReportDocument;
let year: string;

beforeAll(async () => {
  server = await startTestServer();
  year = previousPeriod(periodContaining(londonDate(server.deps.clock.now()), 'year')).key;
  report = await buildReportDocument(server.deps, 'annual', parsePeriod(year));
});
afterAll(() => server.stop());

function entries(chapter: string): IndicatorEntry[] {
  return report.chapters
    .find((c) => c.id === chapter)!
    .sections.flatMap((s) => s.blocks)
    .flatMap((b) =>
      b.kind === 'indicator-table' || b.kind === 'indicator-details' ? b.entries : [],
    );
}

describe('the annual report', () => {
  it("rates each indicator on its year to date, by its own rule, not on the year's last figure", async () => {
    const data = await loadReportData(server.deps, parsePeriod(year));
    const differs = data.rows.filter(
      (r) =>
        r.indicator.frequency === 'monthly' &&
        r.indicator.ytd !== 'latest' &&
        r.ytdValue !== null &&
        r.value !== null &&
        r.ytdValue !== r.value,
    );
    expect(differs.length).toBeGreaterThan(0);
    const shown = new Map(entries('indicators').map((e) => [e.code, e]));
    for (const row of differs) {
      const entry = shown.get(row.indicator.code)!;
      expect(entry.periodLabel).toBe(`Year to date ${year}`);
      expect(entry.value).toBe(row.ytdValue);
      const rating = rateFigure(row.indicator, row.ytdValue!, row.ytdTarget, data.settings);
      expect(entry.rating, row.indicator.code).toEqual({
        state: rating.state,
        label: rating.label,
      });
    }
  });

  it('lists only Strong and Good figures as successes, and every off-target one as a challenge', () => {
    const all = entries('indicators');
    const successes = entries('successes');
    expect(successes.length).toBeGreaterThan(0);
    expect(successes.every((e) => ['strong', 'good', 'green'].includes(e.rating.state))).toBe(true);
    // An indicator serving two priorities is listed under each, but is one success.
    const good = all.filter((e) => ['strong', 'good', 'green'].includes(e.rating.state));
    expect(successes.map((e) => e.code).sort()).toEqual(
      [...new Set(good.map((e) => e.code))].sort(),
    );
    const challenges = entries('challenges').map((e) => e.code);
    for (const e of all.filter((x) =>
      ['review', 'action', 'amber', 'red'].includes(x.rating.state),
    ))
      expect(challenges).toContain(e.code);
  });
});
