// Second opinions on report files: LibreOffice opens the Word file and prints it to PDF (as a
// council officer's Word would lay it out), poppler reads the text and page count back, and the
// pages are kept as PNG artefacts for a person to look at.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { pdfToPngs } from '../../src/reports/index.js';

const run = promisify(execFile);
export const ARTEFACTS = 'test-artifacts/reports';

/** The Word file as LibreOffice prints it: `soffice --headless --convert-to pdf`. */
export async function wordToPdf(docx: Buffer): Promise<Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-soffice-'));
  try {
    writeFileSync(path.join(dir, 'report.docx'), docx);
    // A profile of its own, so runs side by side do not share (and lock) one.
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        path.join(dir, 'report.docx'),
      ],
      { timeout: 120_000 },
    );
    return readFileSync(path.join(dir, 'report.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withFile<T>(pdf: Buffer, work: (file: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-poppler-'));
  try {
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    return await work(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as pdftotext reads it, with runs of white space made one space. */
export function pdfText(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (file) =>
    (await run('pdftotext', [file, '-'])).stdout.replace(/\s+/g, ' '),
  );
}

export function pageCount(pdf: Buffer): Promise<number> {
  return withFile(pdf, async (file) => {
    const info = (await run('pdfinfo', [file])).stdout;
    return Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1] ?? 0);
  });
}

/** Keeps the PDF and its pages (60 dpi PNGs) under test-artifacts/reports; returns the count. */
export async function keepPages(name: string, pdf: Buffer): Promise<number> {
  mkdirSync(ARTEFACTS, { recursive: true });
  writeFileSync(`${ARTEFACTS}/${name}.pdf`, pdf);
  const pages = await pdfToPngs(pdf, 60);
  pages.forEach((png, i) => writeFileSync(`${ARTEFACTS}/${name}-page-${i + 1}.png`, png));
  return pages.length;
}
