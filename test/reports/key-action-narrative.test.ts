// The key-action reports open with their own "Key points" (src/domain/narrative/
// key-action-narrative.ts): the highlight report and the monitoring statement say how many actions
// stand at each status, and the sentences are printed on page 1 of the PDF and of the Word file as
// LibreOffice lays it out, before the contents. Page 1 is kept under test-artifacts/reports.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app/deps.js';
import { parsePeriod, type Period } from '../../src/domain/periods/index.js';
import { generateReport } from '../../src/reports/index.js';
import {
  buildHighlightReport,
  buildMonitoringStatement,
  loadReportData,
  NARRATIVE_HEADING,
} from '../../src/reports/model/index.js';
import { demoAt } from '../support/demo-at.js';
import { completeQuarters } from '../support/demo-quarters.js';
import { bare, firstPageText, wordToPdf } from './office.js';

let deps: AppDeps;
let quarter: Period;

function expectOnFirstPage(text: string, narrative: string[]) {
  const contents = text.indexOf('Contents');
  expect(text.indexOf(bare(NARRATIVE_HEADING))).toBeGreaterThan(-1);
  expect(text.indexOf(bare(NARRATIVE_HEADING))).toBeLessThan(contents);
  for (const sentence of narrative) {
    const at = text.indexOf(bare(sentence));
    expect(at, sentence).toBeGreaterThan(-1);
    expect(at).toBeLessThan(contents);
  }
}

beforeAll(async () => {
  deps = await demoAt();
  [quarter] = (await completeQuarters(deps, 1)) as [Period];
}, 60_000);

describe('the highlight report opens with key points on its projects', () => {
  it('counts the corporate projects by status in its model', async () => {
    const { narrative } = buildHighlightReport(await loadReportData(deps, quarter));
    expect(narrative[0]).toMatch(/^Of \d+ corporate projects?, /);
    expect(narrative.join(' ')).not.toMatch(/undefined|null|NaN/);
  });

  it('prints them on page 1 of the PDF and of the Word file', async () => {
    const { narrative } = buildHighlightReport(await loadReportData(deps, quarter));
    const req = { kind: 'highlight', period: quarter.key } as const;
    const pdf = await generateReport(deps, { ...req, format: 'pdf' });
    expectOnFirstPage(await firstPageText('narrative-highlight-pdf', pdf.bytes), narrative);
    const docx = await generateReport(deps, { ...req, format: 'docx' });
    expectOnFirstPage(
      await firstPageText('narrative-highlight-docx', await wordToPdf(docx.bytes)),
      narrative,
    );
  }, 180_000);
});

describe('the monitoring statement opens with key points on its key actions', () => {
  it('counts the key actions and compares with the quarter before', async () => {
    const half = parsePeriod(`${quarter.year} H1`);
    const { narrative } = buildMonitoringStatement(await loadReportData(deps, half));
    expect(narrative[0]).toMatch(/^Of \d+ key actions?, /);
    const pdf = await generateReport(deps, { kind: 'monitoring', period: half.key, format: 'pdf' });
    expectOnFirstPage(await firstPageText('narrative-monitoring-pdf', pdf.bytes), narrative);
  }, 120_000);
});
