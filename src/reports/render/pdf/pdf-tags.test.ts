// The PDFs are tagged for screen readers: language, a title shown in the title bar, and a structure
// tree of headings, paragraphs, tables (header cells with their scope) and a chart with alternative
// text. Read back with poppler's pdfinfo, as a reader's software would see it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCouncil } from '../../../demo/index.js';
import type { Store } from '../../../domain/ports/store.js';
import { openSqliteStore } from '../../../stores/sqlite/index.js';
import { generateReport } from '../../generate.js';
import { newPdf, pdfBuffer } from './pdf-kit.js';
import { artifact, group, tagged } from './pdf-tags.js';

const run = promisify(execFile);
let store: Store;
const deps = () => ({ store, clock: { now: () => new Date('2025-11-20T10:00:00Z') } });

beforeAll(async () => {
  store = openSqliteStore({ file: ':memory:' });
  await seedDemoCouncil(store, { today: '2025-11-20' });
});
afterAll(() => store.close());

async function pdfinfo(pdf: Buffer, ...args: string[]): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-pdf-'));
  const file = path.join(dir, 'report.pdf');
  try {
    writeFileSync(file, pdf);
    return (await run('pdfinfo', [...args, file])).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('tagged report PDFs', () => {
  it('the quarterly report has its language, title and structure', async () => {
    const file = await generateReport(deps(), {
      kind: 'quarterly',
      period: '2025/26 Q1',
      format: 'pdf',
    });
    const info = await pdfinfo(file.bytes);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Quarterly Performance Report Q1 2025\/26$/m);
    const raw = file.bytes.toString('latin1');
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toContain('/DisplayDocTitle true');
    const tree = await pdfinfo(file.bytes, '-struct-text');
    expect(tree).toMatch(/H1 \(block\)\n\s+"Quarterly Performance Report"/);
    expect(tree).toMatch(/H1 \(block\)\n\s+"1\. Summary ¹"/);
    expect(tree).toMatch(/TOCI\n\s+"2\. Exceptions: performance not as expected page \d+"/);
    expect(tree).toMatch(/H3 \(block\)\n\s+"CD01 Calls answered by the contact centre \(%\)"/);
    expect(tree).toMatch(/TH:\n\s+\/Scope \/Column\n\s+"Rating"/);
    expect(tree).toMatch(/TD\n\s+"77\.2%"/);
    expect(tree).toContain('Figure');
    // Page numbers are artifacts, not content a reader reads out after every page.
    expect(tree).not.toContain('Page 1 of');
    // Reading order: the contents come before the first chapter, though drawn last.
    expect(tree.indexOf('"Contents"')).toBeLessThan(tree.indexOf('"1. Summary ¹"'));
  });

  it('the dashboard has headings and tables', async () => {
    const file = await generateReport(deps(), {
      kind: 'dashboard',
      period: '2025-10',
      format: 'pdf',
    });
    const tree = await pdfinfo(file.bytes, '-struct-text');
    expect(tree).toMatch(/H1 \(block\)\n\s+"Borough of Elmstead: corporate health dashboard"/);
    expect(tree).toMatch(/H2 \(block\)\n\s+"Exceptions: Review and Action"/);
    expect(tree.match(/Table/g)?.length).toBe(4);
  });

  it('carries a figure’s alternative text and leaves artifacts out of the tree', async () => {
    const doc = newPdf('A test', 'Test council');
    group(doc, 'Sect', () => {
      tagged(doc, 'P', () => doc.text('Visible words'));
      artifact(doc, () => doc.text('Decoration only'));
      tagged(doc, 'Figure', () => doc.rect(50, 200, 20, 20).fill('#000000'), {
        alt: 'A black square',
      });
    });
    const bytes = await pdfBuffer(doc);
    const tree = await pdfinfo(bytes, '-struct-text');
    expect(tree).toContain('"Visible words"');
    expect(tree).not.toContain('Decoration only');
    expect(bytes.toString('latin1')).toContain('/Alt (A black square)');
  });
});
