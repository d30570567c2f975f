// Second opinions on report files: LibreOffice opens the Word, Excel or PowerPoint file and prints
// it to PDF (as a council officer's office suite would lay it out), poppler reads the text and page
// count back, and the pages are kept as PNG artefacts for a person to look at.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { pdfToPngs } from '../../src/reports/index.js';

const run = promisify(execFile);
export const ARTEFACTS = 'test-artifacts/reports';

/**
 * Runs `soffice --headless --convert-to <to>` on `bytes`, saved as `name`, in a folder (and
 * profile) of its own; returns every file it wrote, by name. One runner for Word, Excel and
 * PowerPoint, so each test opens its file the way the others do.
 */
export async function officeConvert(
  bytes: Buffer,
  name: string,
  to: string,
): Promise<Map<string, Buffer>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gt-soffice-'));
  try {
    writeFileSync(path.join(dir, name), bytes);
    // A profile of its own, so runs side by side do not share (and lock) one.
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    // Outputs in a folder of their own, so the map holds only what soffice wrote (a CSV export
    // may write one file per sheet).
    const out = path.join(dir, 'out');
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        to,
        '--outdir',
        out,
        path.join(dir, name),
      ],
      { timeout: 120_000 },
    );
    return new Map(readdirSync(out).map((f) => [f, readFileSync(path.join(out, f))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An office file (`extension`: docx, xlsx, pptx) as LibreOffice prints it to PDF. */
export async function officeToPdf(bytes: Buffer, extension: string): Promise<Buffer> {
  const files = await officeConvert(bytes, `document.${extension}`, 'pdf');
  const pdf = files.get('document.pdf');
  if (!pdf) throw new Error(`soffice wrote no PDF, only: ${[...files.keys()].join(', ')}`);
  return pdf;
}

/** The Word file as LibreOffice prints it. */
export function wordToPdf(docx: Buffer): Promise<Buffer> {
  return officeToPdf(docx, 'docx');
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
export function pdfText(pdf: Buffer, options: { layout?: boolean } = {}): Promise<string> {
  const args = options.layout ? ['-layout'] : [];
  return withFile(pdf, async (file) =>
    (await run('pdftotext', [...args, file, '-'])).stdout.replace(/\s+/g, ' '),
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

// pdftotext joins lines with a space, and a hyphenated word broken at a line end ("customer-" /
// "focused") without its hyphen: text compared without either.
export const bare = (t: string): string => t.replace(/[\s-]+/g, '');

/** Keeps the PDF's first page as a PNG artefact, and gives its whole text, bared. */
export async function firstPageText(name: string, pdf: Buffer): Promise<string> {
  const [page] = await pdfToPngs(pdf, 80);
  mkdirSync(ARTEFACTS, { recursive: true });
  writeFileSync(`${ARTEFACTS}/${name}-page-1.png`, page!);
  return bare(await pdfText(pdf));
}
