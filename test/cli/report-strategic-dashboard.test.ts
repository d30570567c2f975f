// `golden-thread report strategic-dashboard` in a child process, as the performance team runs it:
// the PDF (and Word) as at a date written where asked, with its sections; a date that is not a
// date, or is after today, refused naming --as-at's field with no file written.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { addDays, formatDate, londonDate } from '../../src/domain/periods/index.js';
import { goldenThread, tempFolder } from './run-golden-thread.js';

describe('golden-thread report strategic-dashboard', { timeout: 180_000 }, () => {
  it('writes the PDF and Word as at a date, and refuses a bad or future date', async () => {
    const folder = await tempFolder();
    try {
      // The command's demo is built for the real today, so the date is found from that day.
      const today = londonDate(new Date());
      const asAt = addDays(today, -10);
      const run = (format: string, out: string, date = asAt) =>
        goldenThread(
          ['report', 'strategic-dashboard', '--as-at', date, '--format', format, '--out', out],
          { cwd: folder.path },
        );
      const pdf = await run('pdf', 'sd.pdf');
      expect(pdf.code, pdf.stderr).toBe(0);
      expect(pdf.stderr).toContain(`strategic-dashboard-${asAt}.pdf`);
      const bytes = await readFile(join(folder.path, 'sd.pdf'));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const word = await run('docx', 'sd.docx');
      expect(word.code, word.stderr).toBe(0);
      const xml = await (
        await JSZip.loadAsync(await readFile(join(folder.path, 'sd.docx')))
      )
        .file('word/document.xml')!
        .async('string');
      for (const heading of [
        'Strategic Dashboard',
        `as at ${formatDate(asAt)}`,
        'Key development areas',
        'Risks above tolerance',
        'Budget variance',
      ])
        expect(xml).toContain(heading);
      expect(xml).toMatch(/Forecast outturn -?£[\d,]+ against a current budget of/);

      for (const date of ['20/11/2026', addDays(today, 1)]) {
        const refused = await run('pdf', 'no.pdf', date);
        expect(refused.code, date).toBe(1);
        expect(refused.stderr).toMatch(/asAt/);
        expect(refused.stderr).not.toMatch(/Unexpected error|at .*\.ts:\d+/);
        await expect(access(join(folder.path, 'no.pdf'))).rejects.toThrow();
      }
    } finally {
      await folder.remove();
    }
  });
});
