// The command line on a fresh clone opens the store as the server does: an empty data file gets
// the demo council (unless GT_SEED_DEMO=false), and it says so on standard error, once. With
// GT_SEED_DEMO=false every command that reads data refuses an empty store with one message. The
// demo is built for the real today, so nothing here depends on a figure or on the date it runs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { goldenThread, tempFolder } from './run-golden-thread.js';

const EMPTY = 'the store is empty: import indicators or run `npm run demo:reset`\n';
const seededInto = (file: string) =>
  new RegExp(
    `^Seeded the demo council \\(Borough of Elmstead\\) into ${file.replace(/[./]/g, '\\$&')} for \\d\\d/\\d\\d/\\d{4}\\.$`,
    'm',
  );
/** Rows of `rate`'s table: each starts with an indicator code. */
const ratedRows = (stdout: string) => stdout.split('\n').filter((l) => /^[A-Z]+\d+\s/.test(l));

const folders: Array<Awaited<ReturnType<typeof tempFolder>>> = [];
async function folder(): Promise<string> {
  const made = await tempFolder();
  folders.push(made);
  return made.path;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => f.remove()));
});

// Each command starts Node and tsx, and the first seeds a whole council: allow for a loaded machine.
describe('golden-thread on an empty store', { timeout: 180_000 }, () => {
  it('seeds the demo into data/golden-thread.db for a report, says so once, and reports on it', async () => {
    const cwd = await folder();
    const pdf = await goldenThread(
      ['report', 'quarterly', '--period', '2025/26 Q1', '--format', 'pdf', '--out', 'q.pdf'],
      { cwd },
    );
    expect(pdf.code).toBe(0);
    expect(pdf.stderr).toMatch(seededInto('data/golden-thread.db'));
    expect((await readFile(join(cwd, 'q.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');

    const docx = await goldenThread(
      ['report', 'quarterly', '--period', '2025/26 Q1', '--format', 'docx', '--out', 'q.docx'],
      { cwd },
    );
    expect(docx.code).toBe(0);
    expect(docx.stderr).not.toMatch(/Seeded/);
    const zip = await JSZip.loadAsync(await readFile(join(cwd, 'q.docx')));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    const headline = /(\d+) indicators:/.exec(text);
    expect(headline, 'the report states how many indicators it covers').not.toBeNull();
    expect(Number(headline![1])).toBeGreaterThan(0);
  });

  it('seeds the demo for rate (--data) and export (GT_DATA_FILE) too, and lists its indicators', async () => {
    const [rateIn, exportIn] = [await folder(), await folder()];
    const [rate, exported] = await Promise.all([
      goldenThread(['--data', 'rate.db', 'rate', '--period', '2025/26 Q1'], { cwd: rateIn }),
      goldenThread(['export', '--period', '2025/26 Q1', '--format', 'json'], {
        cwd: exportIn,
        env: { GT_DATA_FILE: 'export.db' },
      }),
    ]);
    expect(rate.code).toBe(0);
    expect(rate.stderr).toMatch(seededInto('rate.db'));
    expect(ratedRows(rate.stdout).length).toBeGreaterThan(0);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(seededInto('export.db'));
    expect((JSON.parse(exported.stdout) as unknown[]).length).toBeGreaterThan(0);

    const again = await goldenThread(['--data', 'rate.db', 'rate', '--period', '2025/26 Q1'], {
      cwd: rateIn,
    });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(ratedRows(again.stdout).length).toBe(ratedRows(rate.stdout).length);
  });

  it('with GT_SEED_DEMO=false, refuses every reading command on an empty store with one message', async () => {
    const cwd = await folder();
    const commands = [
      ['report', 'quarterly', '--period', '2025/26 Q1', '--format', 'pdf', '--out', 'q.pdf'],
      ['rate', '--period', '2025/26 Q1'],
      ['export', '--period', '2025/26 Q1'],
      ['nudge', '--dry-run'],
    ];
    const results = await Promise.all(
      commands.map((args) =>
        goldenThread(['--data', 'empty.db', ...args], { cwd, env: { GT_SEED_DEMO: 'false' } }),
      ),
    );
    for (const [i, result] of results.entries()) {
      expect(result, commands[i]!.join(' ')).toMatchObject({ code: 1, stdout: '', stderr: EMPTY });
    }
  });

  it('demo-reset seeds the demo whatever GT_SEED_DEMO says; the next command finds it', async () => {
    const cwd = await folder();
    const env = { GT_SEED_DEMO: 'false' };
    const reset = await goldenThread(['--data', 'demo.db', 'demo-reset'], { cwd, env });
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/^Reset demo\.db with the demo council: people \d+/);
    const rate = await goldenThread(['--data', 'demo.db', 'rate', '--period', '2025/26 Q1'], {
      cwd,
      env,
    });
    expect(rate).toMatchObject({ code: 0, stderr: '' });
    expect(ratedRows(rate.stdout).length).toBeGreaterThan(0);
  });

  it('names a setting it cannot read, without a stack', async () => {
    const cwd = await folder();
    const result = await goldenThread(['rate', '--period', '2025/26 Q1'], {
      cwd,
      env: { GT_SEED_DEMO: 'perhaps' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: Invalid configuration:\n {2}GT_SEED_DEMO: /);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
