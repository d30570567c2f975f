// The quarterly report's "Deep-dive reviews" chapter (issue 16) from the demo council at its fixed
// day: every review under way and those closed since the quarter began (one closed before it is
// left out), each with its lead, who asked, scope, findings, recommendations and outcome; a
// persistent indicator's entry says whether its review is under way; the PDF (read back with
// pdftotext) and the Word file (its document.xml) both carry it. Reviews are found in the store.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app/deps.js';
import { listDeepDives, type DeepDiveView } from '../../src/app/deep-dives/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { addDays, type Period } from '../../src/domain/periods/index.js';
import { buildReportDocument } from '../../src/reports/index.js';
import { renderReportDocx, renderReportPdf } from '../../src/reports/render/index.js';
import type { Block, ReportDocument } from '../../src/reports/model/types.js';
import { demoAt } from '../support/demo-at.js';
import { completeQuarters } from '../support/demo-quarters.js';
import { keepPages, pdfText } from './office.js';

let deps: AppDeps;
let quarter: Period;
let report: ReportDocument;
let open: DeepDiveView;
let closed: DeepDiveView;
const OLD_OUTCOME = 'An outcome from long before this quarter';

beforeAll(async () => {
  deps = await demoAt();
  [quarter] = (await completeQuarters(deps, 1)) as [Period];
  const reviews = await listDeepDives(deps, DEMO_PEOPLE_IDS.admin);
  open = reviews.find((r) => r.status === 'open')!;
  closed = reviews.find((r) => r.status === 'closed')!;
  // A review closed the day before the quarter began: history, not this quarter's news.
  const before = `${addDays(quarter.start, -1)}T12:00:00.000Z`;
  await deps.store.create(
    'deepDiveReviews',
    {
      ...(await deps.store.get('deepDiveReviews', closed.id))!.fields,
      outcome: OLD_OUTCOME,
      requestedAt: `${addDays(quarter.start, -60)}T12:00:00.000Z`,
      closedAt: before,
    },
    { actorId: 'test', channel: 'system' },
  );
  report = await buildReportDocument(deps, 'quarterly', quarter);
});

const chapter = () => report.chapters.find((c) => c.id === 'deep-dives')!;
const rowsOf = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));

describe('the quarterly report’s deep-dive reviews', () => {
  it('lists the review under way and the one closed this quarter, each under its indicator', () => {
    const headings = chapter().sections.map((s) => s.heading);
    expect(headings).toEqual([
      null,
      `${open.indicator.code} ${open.indicator.title}`,
      `${closed.indicator.code} ${closed.indicator.title}`,
    ]);
    const [, under, done] = chapter().sections;
    expect(rowsOf(under!.blocks)).toEqual(
      expect.arrayContaining([
        ['Where it stands', open.standing],
        ['Lead officer', open.lead.name],
        ['Why a deep dive', 'Persistent under-performance'],
        ['Questions answered', `${open.answered} of 6`],
      ]),
    );
    expect(rowsOf(under!.blocks).map((r) => r[0])).not.toContain('Outcome');
    expect(rowsOf(done!.blocks)).toEqual(
      expect.arrayContaining([
        ['Where it stands', closed.standing],
        ['Findings', closed.findings],
        ['Recommendations', closed.recommendations],
        ['Outcome', closed.outcome],
      ]),
    );
    expect(JSON.stringify(chapter())).not.toContain(OLD_OUTCOME);
  });

  it('says beside a persistent indicator whether its review is under way', () => {
    const entries = report.chapters
      .flatMap((c) => c.sections.flatMap((s) => s.blocks))
      .flatMap((b) =>
        b.kind === 'indicator-table' || b.kind === 'indicator-details' ? b.entries : [],
      );
    const persistent = entries.filter((e) => e.persistent);
    for (const e of persistent) {
      expect(e.deepDive).toMatch(
        /^(a deep-dive review is due|deep-dive review (under way|overdue|closed))/,
      );
    }
    const mine = persistent.find((e) => e.id === open.indicator.id);
    if (mine) expect(mine.deepDive).toBe(`deep-dive review ${open.standing.toLowerCase()}`);
  });

  it('prints it in the PDF and the Word file', async () => {
    const pdf = await renderReportPdf(report);
    await keepPages('quarterly-deep-dives', pdf);
    const text = await pdfText(pdf);
    expect(text).toContain('Deep-dive reviews');
    expect(text).toContain(closed.outcome.replace(/\s+/g, ' ').slice(0, 40));
    expect(text).not.toContain(OLD_OUTCOME);
    const zip = await JSZip.loadAsync(await renderReportDocx(report));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain('Deep-dive reviews');
    expect(xml).toContain(closed.findings.slice(0, 40));
  });
});
