// The Programme Board highlight report and the Business Plan Monitoring Statement as files, from
// the demo council at the suite's moment: the PDF read back with pdftotext, the Word file opened
// by LibreOffice (a second opinion on how Word lays it out) and read the same way, both kept as
// page images; then over HTTP (who may download, what is refused) and from the command line.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import {
  londonDate,
  periodContaining,
  previousPeriod,
  type Period,
} from '../../src/domain/periods/index.js';
import { buildReportDocument, checkRequest, generateReport } from '../../src/reports/index.js';
import type { Block, ProjectEntry } from '../../src/reports/model/types.js';
import { goldenThread, tempFolder } from '../cli/run-golden-thread.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';
import { keepPages, pageCount, pdfText, wordToPdf } from './office.js';

let server: TestServer;
/** The latest ended quarter, the Programme Board's. */
let quarter: Period;

beforeAll(async () => {
  server = await startTestServer();
  quarter = previousPeriod(periodContaining(londonDate(server.deps.clock.now()), 'quarter'));
});
afterAll(() => server.stop());

const DATE = /\b\d\d\/\d\d\/\d{4}\b/;

async function projectsOf(period: Period): Promise<ProjectEntry[]> {
  const report = await buildReportDocument(server.deps, 'highlight', period);
  return report.chapters
    .flatMap((c) => c.sections.flatMap((s) => s.blocks))
    .flatMap((b: Block) => (b.kind === 'project' ? [b.entry] : []));
}

/** The text every reading of the highlight report must hold: titles, statuses, dates. */
function expectProjects(text: string, projects: ProjectEntry[]): void {
  expect(text).toContain('Programme Board highlight report');
  for (const p of projects) {
    expect(text).toContain(`${p.code} ${p.title}`);
    expect(text).toContain(p.status);
    expect(text).toContain(p.rating.label);
    expect(text).toContain(p.dueDate);
    for (const m of p.milestones) expect(text).toContain(m.dueDate);
  }
  expect(text).toMatch(DATE);
  expect(text).not.toMatch(/\b\d{4}-\d\d-\d\d\b/);
}

describe('the highlight report as files', { timeout: 180_000 }, () => {
  it('reads back from the PDF and from the Word file through LibreOffice', async () => {
    const period = checkRequest({ kind: 'highlight', period: quarter.key, format: 'pdf' }).period;
    const projects = await projectsOf(period);
    expect(projects.length).toBeGreaterThan(1);
    const pdf = await generateReport(server.deps, {
      kind: 'highlight',
      period: quarter.key,
      format: 'pdf',
    });
    // Title, contents, summary, then a chapter (a page at least) per project.
    expect(await keepPages('highlight', pdf.bytes)).toBeGreaterThanOrEqual(3 + projects.length);
    expectProjects(await pdfText(pdf.bytes), projects);

    const docx = await generateReport(server.deps, {
      kind: 'highlight',
      period: quarter.key,
      format: 'docx',
    });
    const printed = await wordToPdf(docx.bytes);
    expect(await keepPages('highlight-docx', printed)).toBeGreaterThanOrEqual(3 + projects.length);
    const text = await pdfText(printed);
    expectProjects(text, projects);
    for (const h of ['Contents', 'Summary', 'Milestones', 'Issues', 'Next steps']) {
      expect(text).toContain(h);
    }
  });
});

describe('the monitoring statement as files', { timeout: 180_000 }, () => {
  it('lists every service plan with its key actions by status, in PDF and Word', async () => {
    const key = quarter.index <= 2 ? `${quarter.year} H1` : quarter.year;
    const cat = await loadCatalogue(server.deps.store);
    const plans = cat.servicePlans.filter((sp) => sp.year === quarter.year && !sp.retired);
    const services = plans.map((sp) => cat.services.get(sp.serviceId)!.name);
    expect(services.length).toBeGreaterThan(1);
    const report = await buildReportDocument(
      server.deps,
      'monitoring',
      checkRequest({ kind: 'monitoring', period: key, format: 'pdf' }).period,
    );
    const groups = report.chapters[1]!.sections.flatMap((s) => s.blocks).flatMap((b) =>
      b.kind === 'key-action-group' ? [b.heading] : [],
    );
    expect(groups.length).toBeGreaterThan(0);
    const pdf = await generateReport(server.deps, {
      kind: 'monitoring',
      period: key,
      format: 'pdf',
    });
    const docx = await generateReport(server.deps, {
      kind: 'monitoring',
      period: key,
      format: 'docx',
    });
    const printed = await wordToPdf(docx.bytes);
    for (const [name, file] of [
      ['monitoring', pdf.bytes],
      ['monitoring-docx', printed],
    ] as const) {
      expect(await keepPages(name, file), name).toBeGreaterThan(3);
      const text = await pdfText(file);
      expect(text).toContain('Business Plan Monitoring Statement');
      expect(text).toMatch(/(Half year|Year end) to \d\d\/\d\d\/\d{4}/);
      for (const s of services) expect(text, name).toContain(s);
      for (const g of groups) expect(text, name).toContain(g);
      expect(await pageCount(file)).toBe(await keepPages(name, file));
    }
    expect(pdf.filename).toMatch(/^monitoring-\d{4}-\d\d(-h1)?\.pdf$/);
  });
});

describe('over HTTP', () => {
  it('lists both reports and serves them to a signed-in person only', async () => {
    const list = await apiAs(server.url, DEMO_PEOPLE_IDS.admin).get('/api/reports');
    const kinds = list.body.reports.map((r: { kind: string }) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['highlight', 'monitoring']));
    const url = `${server.url}/api/reports/highlight?period=${encodeURIComponent(quarter.key)}&format=pdf`;
    expect((await fetch(url)).status).toBe(401);
    const res = await fetch(url, { headers: { 'x-gt-user': DEMO_PEOPLE_IDS.admin } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('highlight-');
  });

  it('refuses a period the report is not made for, naming the field', async () => {
    const bad = await apiAs(server.url, DEMO_PEOPLE_IDS.admin).get(
      `/api/reports/monitoring?period=${encodeURIComponent(`${quarter.year} Q1`)}&format=docx`,
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('period');
    const wrongFormat = await apiAs(server.url, DEMO_PEOPLE_IDS.admin).get(
      `/api/reports/highlight?period=${encodeURIComponent(quarter.key)}&format=png`,
    );
    expect(wrongFormat.status).toBe(400);
    expect(JSON.stringify(wrongFormat.body)).toContain('format');
  });
});

describe('golden-thread report', { timeout: 240_000 }, () => {
  it('writes the highlight report and refuses a monitoring statement for a quarter', async () => {
    const folder = await tempFolder();
    try {
      // The command's demo is built for the real today, so its quarter is found from that day.
      const ended = previousPeriod(periodContaining(londonDate(new Date()), 'quarter'));
      const made = await goldenThread(
        ['report', 'highlight', '--period', ended.key, '--format', 'docx', '--out', 'h.docx'],
        { cwd: folder.path },
      );
      expect(made.code, made.stderr).toBe(0);
      expect(made.stderr).toMatch(/Wrote highlight-.*\.docx/);
      const text = await pdfText(await wordToPdf(await readFile(join(folder.path, 'h.docx'))));
      expect(text).toContain('Programme Board highlight report');
      const refused = await goldenThread(
        ['report', 'monitoring', '--period', `${ended.year} Q1`, '--out', 'm.pdf'],
        { cwd: folder.path },
      );
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/period/);
    } finally {
      await folder.remove();
    }
  });
});
