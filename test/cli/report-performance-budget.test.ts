// `golden-thread report performance-budget` in a child process, as the performance team runs it:
// the Word and PDF reports written where asked, naming each directorate's forecast outturn; a year
// (not a quarter) refused, naming the period, with no file written.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { londonDate, periodContaining, previousPeriod } from '../../src/domain/periods/index.js';
import { goldenThread, tempFolder } from './run-golden-thread.js';

describe('golden-thread report performance-budget', { timeout: 180_000 }, () => {
  it('writes Word and PDF, and refuses a period that is not a quarter without writing a file', async () => {
    const folder = await tempFolder();
    try {
      // The command's demo is built for the real today, so its quarter is found from that day.
      const ended = previousPeriod(periodContaining(londonDate(new Date()), 'quarter'));
      const run = (format: string, out: string, period = ended.key) =>
        goldenThread(
          ['report', 'performance-budget', '--period', period, '--format', format, '--out', out],
          { cwd: folder.path },
        );
      const word = await run('docx', 'pb.docx');
      expect(word.code, word.stderr).toBe(0);
      const xml = await (
        await JSZip.loadAsync(await readFile(join(folder.path, 'pb.docx')))
      )
        .file('word/document.xml')!
        .async('string');
      expect(xml).toContain('Performance and Budget Report');
      expect(xml).toMatch(/: forecast outturn -?£[\d,]+/);

      const pdf = await run('pdf', 'pb.pdf');
      expect(pdf.code, pdf.stderr).toBe(0);
      const bytes = await readFile(join(folder.path, 'pb.pdf'));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const refused = await run('pdf', 'no.pdf', ended.year);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/period/);
      expect(refused.stderr).not.toMatch(/Unexpected error|at .*\.ts:\d+/);
      await expect(access(join(folder.path, 'no.pdf'))).rejects.toThrow();
    } finally {
      await folder.remove();
    }
  });
});
