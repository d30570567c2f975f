// `golden-thread report dashboard --format pptx` in a child process, as the performance team runs
// it: a presentation written where asked; an unknown period refused with a clear message and no file.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { londonDate, periodContaining, previousPeriod } from '../../src/domain/periods/index.js';
import { goldenThread, tempFolder } from './run-golden-thread.js';

describe('golden-thread report dashboard --format pptx', { timeout: 120_000 }, () => {
  it('writes the PowerPoint pack, and refuses an unknown period without writing a file', async () => {
    const folder = await tempFolder();
    try {
      // The command's demo is built for the real today, so its quarter is found from that day.
      const ended = previousPeriod(periodContaining(londonDate(new Date()), 'quarter'));
      const made = await goldenThread(
        ['report', 'dashboard', '--period', ended.key, '--format', 'pptx', '--out', 'pack.pptx'],
        { cwd: folder.path },
      );
      expect(made.code, made.stderr).toBe(0);
      expect(made.stderr).toMatch(/Wrote dashboard-pack-.*\.pptx/);
      const zip = await JSZip.loadAsync(await readFile(join(folder.path, 'pack.pptx')));
      expect(zip.file('ppt/slides/slide1.xml')).not.toBeNull();
      expect(Object.keys(zip.files).some((f) => f.startsWith('ppt/charts/'))).toBe(true);

      const refused = await goldenThread(
        ['report', 'dashboard', '--period', 'next spring', '--format', 'pptx', '--out', 'no.pptx'],
        { cwd: folder.path },
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/period/);
      expect(refused.stderr).not.toMatch(/Unexpected error|at .*\.ts:\d+/);
      await expect(access(join(folder.path, 'no.pptx'))).rejects.toThrow();
    } finally {
      await folder.remove();
    }
  });
});
