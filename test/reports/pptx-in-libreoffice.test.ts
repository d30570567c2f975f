// The PowerPoint pack as a Cabinet member's laptop would show it: LibreOffice Impress opens the file
// and prints it to PDF (`soffice --headless --convert-to pdf`, a profile of its own), poppler reads
// the slide titles and page count back, and each slide is kept as a PNG under test-artifacts/reports
// for a person to look at. Then the same file over HTTP, as the tab's "PowerPoint pack" button gets it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import type { Period } from '../../src/domain/periods/index.js';
import {
  buildReportDocument,
  checkRequest,
  CONTENT_TYPES,
  generateReport,
} from '../../src/reports/index.js';
import type { ReportDocument } from '../../src/reports/model/types.js';
import {
  buildPowerPointPack,
  renderPowerPointPack,
  type PowerPointPack,
} from '../../src/reports/render/pptx/index.js';
import { completeQuarters } from '../support/demo-quarters.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';
import { keepPages, officeToPdf, pageCount, pdfText } from './office.js';

const run = promisify(execFile);

/** Each page's words as pdftotext -bbox places them: text and top/bottom in points. */
async function wordsByPage(pdf: Buffer): Promise<{ text: string; yMin: number; yMax: number }[][]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-bbox-'));
  try {
    writeFileSync(path.join(dir, 'pack.pdf'), pdf);
    const html = (
      await run('pdftotext', ['-bbox', path.join(dir, 'pack.pdf'), '-'], { maxBuffer: 64 << 20 })
    ).stdout;
    return html
      .split('<page ')
      .slice(1)
      .map((page) =>
        [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
          yMin: Number(m[1]),
          yMax: Number(m[2]),
          text: m[3]!,
        })),
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Nothing overflows: below the body (6.75 in of 7.5, i.e. 486 of 540 pt) each content slide holds
 * only its footer, the council, the pack, the period and the slide number.
 */
async function expectNoOverflow(pdf: Buffer, pack: PowerPointPack): Promise<void> {
  const pages = await wordsByPage(pdf);
  const footer = `${pack.councilName} · ${pack.title} · ${pack.periodLabel}`;
  pages.forEach((words, i) => {
    if (i === 0) return; // the title slide has no footer
    const below = words.filter((w) => w.yMax > (6.75 / 7.5) * 540).map((w) => w.text);
    expect(below.join(' '), `slide ${i + 1}`).toBe(
      `${footer.replace(/&/g, '&amp;')} ${i + 1}`.replace(/\s+/g, ' '),
    );
    for (const w of words) expect(w.yMax, `slide ${i + 1}: ${w.text}`).toBeLessThanOrEqual(540);
  });
}

/** `times` copies of each entry, each coded `<code>.<n>` so no two share a code, then `longer`. */
function repeated<E extends { code: string }>(
  entries: E[],
  times: number,
  longer: (e: E) => E,
): E[] {
  return Array.from({ length: times }, (_, i) =>
    entries.map((e) => ({ ...longer(e), code: `${e.code}.${i + 1}` })),
  ).flat();
}

/** The demo's report made much longer: more and longer rows, exceptions and key actions. */
function inflated(report: ReportDocument): ReportDocument {
  const long = (t: string) => `${t} ${t} ${t} ${t}`;
  const copy = structuredClone(report);
  for (const c of copy.chapters)
    for (const s of c.sections)
      s.blocks = s.blocks.map((b) => {
        if (b.kind === 'indicator-table')
          return {
            ...b,
            entries: repeated(b.entries, 3, (e) => ({
              ...e,
              title: `${e.title} for residents of the most deprived wards of the borough`,
            })),
          };
        if (b.kind === 'indicator-details')
          return {
            ...b,
            entries: repeated(b.entries, 3, (e) => ({
              ...e,
              title: `${e.title} in the borough's three largest neighbourhoods`,
              commentary: long(e.commentary),
              actionPlan: e.actionPlan && {
                ...e.actionPlan,
                reasons: long(e.actionPlan.reasons),
                actions: long(e.actionPlan.actions),
                expectedRecovery: long(e.actionPlan.expectedRecovery),
              },
            })),
          };
        if (b.kind === 'key-actions')
          return {
            ...b,
            entries: repeated(b.entries, 4, (a) => ({
              ...a,
              commentary: long(long(a.commentary)),
            })),
          };
        return b;
      });
  return copy;
}

let server: TestServer;
let quarter: Period;

beforeAll(async () => {
  server = await startTestServer();
  [quarter] = (await completeQuarters(server.deps, 1)) as [Period];
});
afterAll(() => server.stop());

describe('the PowerPoint pack in LibreOffice Impress', { timeout: 180_000 }, () => {
  it('prints one page per slide with every slide title, and keeps the slides as images', async () => {
    const file = await generateReport(server.deps, {
      kind: 'dashboard',
      period: quarter.key,
      format: 'pptx',
    });
    expect(file.filename).toMatch(/^dashboard-pack-.*\.pptx$/);
    const { period } = checkRequest({ kind: 'dashboard', period: quarter.key, format: 'pptx' });
    const pack = buildPowerPointPack(await buildReportDocument(server.deps, 'quarterly', period));
    const pdf = await officeToPdf(file.bytes, 'pptx');
    expect(await pageCount(pdf)).toBe(pack.slides.length);
    expect(await keepPages('pptx-pack', pdf)).toBe(pack.slides.length);
    const text = await pdfText(pdf);
    for (const s of pack.slides) expect(text).toContain(s.title);
    // The key points follow the title slide, every sentence printed whole.
    expect(pack.slides[1]?.kind).toBe('key-points');
    // pdftotext drops the hyphen of a word broken at a line end ("customer-" / "focused").
    const flat = (t: string) => t.replace(/[\s-]+/g, '');
    for (const s of pack.slides.flatMap((p) => (p.kind === 'key-points' ? p.sentences : [])))
      expect(flat(text)).toContain(flat(s));
    expect(text).toContain(pack.councilName);
    expect(text).not.toMatch(/\b\d{4}-\d\d-\d\d\b/);
    await expectNoOverflow(pdf, pack);
  });

  it('continues long lists on further slides, none of them overflowing', async () => {
    const { period } = checkRequest({ kind: 'dashboard', period: quarter.key, format: 'pptx' });
    const pack = buildPowerPointPack(
      inflated(await buildReportDocument(server.deps, 'quarterly', period)),
    );
    const titles = pack.slides.map((s) => s.title);
    expect(
      titles.filter((t) => /^Exceptions and their action plans \(\d+ of \d+\)$/.test(t)).length,
    ).toBeGreaterThan(3);
    expect(
      titles.filter((t) => /^Key actions at risk \(\d+ of \d+\)$/.test(t)).length,
    ).toBeGreaterThan(1);
    const pdf = await officeToPdf(await renderPowerPointPack(pack), 'pptx');
    expect(await pageCount(pdf)).toBe(pack.slides.length);
    await keepPages('pptx-pack-long', pdf);
    await expectNoOverflow(pdf, pack);
  });
});

describe('the PowerPoint pack over HTTP', { timeout: 60_000 }, () => {
  it('is offered for the dashboard and downloads as a presentation', async () => {
    const list = await apiAs(server.url, DEMO_PEOPLE_IDS.admin).get('/api/reports');
    const dashboard = list.body.reports.find((r: { kind: string }) => r.kind === 'dashboard');
    expect(dashboard.formats).toContain('pptx');
    const res = await fetch(
      `${server.url}/api/reports/dashboard?period=${encodeURIComponent(quarter.key)}&format=pptx`,
      { headers: { 'x-gt-user': DEMO_PEOPLE_IDS.admin } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(CONTENT_TYPES.pptx);
    expect(res.headers.get('content-disposition')).toMatch(/dashboard-pack-.*\.pptx/);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    expect(zip.file('ppt/presentation.xml')).not.toBeNull();
  });

  it('refuses an unknown period, or a pack of another report, with a 400 naming the field', async () => {
    const res = await apiAs(server.url, DEMO_PEOPLE_IDS.admin).get(
      '/api/reports/dashboard?period=next%20spring&format=pptx',
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/period/);
    // The pack is the dashboard's: the quarterly report is Word or PDF.
    const wrong = await apiAs(server.url, DEMO_PEOPLE_IDS.admin).get(
      `/api/reports/quarterly?period=${encodeURIComponent(quarter.key)}&format=pptx`,
    );
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toMatch(/format/);
  });
});
