// The one-page dashboard PDF opens with the same "Key points" as the tab's dashboard, and stays on
// one page on the demo council. The page is kept under test-artifacts/reports for a person to see.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app/deps.js';
import {
  londonDate,
  periodContaining,
  previousPeriod,
  type Period,
} from '../../src/domain/periods/index.js';
import { generateReport } from '../../src/reports/index.js';
import { NARRATIVE_HEADING } from '../../src/reports/model/index.js';
import { buildHealthDashboard } from '../../src/reports/model/health-dashboard.js';
import { loadReportData } from '../../src/reports/model/index.js';
import { demoAt } from '../support/demo-at.js';
import { keepPages, pageCount, pdfText } from './office.js';

let deps: AppDeps;
let month: Period;
const bare = (t: string) => t.replace(/[\s-]+/g, '');

beforeAll(async () => {
  deps = await demoAt();
  month = previousPeriod(periodContaining(londonDate(deps.clock.now()), 'month'));
}, 60_000);

describe('the dashboard PDF', () => {
  it('draws the key points above the tiles and stays on one page', async () => {
    const { narrative } = buildHealthDashboard(await loadReportData(deps, month));
    expect(narrative.length).toBeGreaterThan(0);
    const { bytes } = await generateReport(deps, {
      kind: 'dashboard',
      period: month.key,
      format: 'pdf',
    });
    await keepPages('dashboard-key-points', bytes);
    expect(await pageCount(bytes)).toBe(1);
    const text = bare(await pdfText(bytes));
    const heading = text.indexOf(bare(NARRATIVE_HEADING));
    expect(heading).toBeGreaterThan(-1);
    expect(heading).toBeLessThan(text.indexOf('Bypriority'));
    // Each sentence is printed, at least its opening (a very long one ends in an ellipsis).
    for (const sentence of narrative) expect(text).toContain(bare(sentence).slice(0, 40));
  }, 120_000);
});
