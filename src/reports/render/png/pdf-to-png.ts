// PDF pages to PNG with poppler's pdftoppm: the PNG is then exactly the PDF a pack would carry.
// It needs poppler-utils on the host (apt-get install -y poppler-utils); without it the caller
// gets a clear error rather than a different-looking picture.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class PngUnavailableError extends Error {}

export async function pdftoppmAvailable(): Promise<boolean> {
  try {
    await run('pdftoppm', ['-v']);
    return true;
  } catch {
    return false;
  }
}

/** Every page as a PNG at `dpi`, in page order. */
export async function pdfToPngs(pdf: Buffer, dpi = 110): Promise<Buffer[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gt-png-'));
  try {
    const input = path.join(dir, 'in.pdf');
    await writeFile(input, pdf);
    try {
      await run('pdftoppm', ['-png', '-r', String(dpi), input, path.join(dir, 'page')]);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new PngUnavailableError(`PNG needs pdftoppm (poppler-utils) on this host: ${why}`);
    }
    const files = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
    return Promise.all(files.map((f) => readFile(path.join(dir, f))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
