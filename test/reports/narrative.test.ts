// The narrative summary opens the quarterly report: the sentences the model makes by rule are on
// the first page of the PDF, and in the Word file as LibreOffice prints it. Page 1 of each is kept
// as a PNG under test-artifacts/reports for a person to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app/deps.js';
import type { Period } from '../../src/domain/periods/index.js';
import { generateReport } from '../../src/reports/index.js';
import {
  buildQuarterlyReport,
  loadReportData,
  NARRATIVE_HEADING,
} from '../../src/reports/model/index.js';
import { demoAt } from '../support/demo-at.js';
import { completeQuarters } from '../support/demo-quarters.js';
import { bare, firstPageText, wordToPdf } from './office.js';

let deps: AppDeps;
let quarter: Period;
let narrative: string[];

beforeAll(async () => {
  deps = await demoAt();
  [quarter] = (await completeQuarters(deps, 1)) as [Period];
  narrative = buildQuarterlyReport(await loadReportData(deps, quarter)).narrative;
}, 60_000);

describe('the quarterly report opens with its narrative summary', () => {
  it('has comparisons with both periods in its model', () => {
    expect(narrative.length).toBeGreaterThanOrEqual(3);
    expect(narrative.length).toBeLessThanOrEqual(6);
    expect(narrative[0]).toMatch(/^Against the previous period, \d+ indicators? /);
    expect(narrative[1]).toMatch(/^Against the same period last year, \d+ indicators? /);
  });

  it('prints every sentence on the PDF title page, before the contents', async () => {
    const { bytes } = await generateReport(deps, {
      kind: 'quarterly',
      period: quarter.key,
      format: 'pdf',
    });
    const text = await firstPageText('narrative-quarterly-pdf', bytes);
    const contents = text.indexOf('Contents');
    expect(text.indexOf(bare(NARRATIVE_HEADING))).toBeGreaterThan(-1);
    expect(text.indexOf(bare(NARRATIVE_HEADING))).toBeLessThan(contents);
    for (const sentence of narrative) {
      const at = text.indexOf(bare(sentence));
      expect(at, sentence).toBeGreaterThan(-1);
      expect(at).toBeLessThan(contents);
    }
  }, 60_000);

  it('prints every sentence in the Word file as LibreOffice lays it out', async () => {
    const { bytes } = await generateReport(deps, {
      kind: 'quarterly',
      period: quarter.key,
      format: 'docx',
    });
    const text = await firstPageText('narrative-quarterly-docx', await wordToPdf(bytes));
    const contents = text.indexOf('Contents');
    expect(text.indexOf(bare(NARRATIVE_HEADING))).toBeLessThan(contents);
    for (const sentence of narrative) {
      const at = text.indexOf(bare(sentence));
      expect(at, sentence).toBeGreaterThan(-1);
      expect(at).toBeLessThan(contents);
    }
  }, 180_000);
});
