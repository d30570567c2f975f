// Runs the real command, `node bin/golden-thread.js`, as a child process against a temp data file
// that starts empty with GT_SEED_DEMO=false: a council loading its own history, no demo.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goldenThread, tempFolder } from '../../test/cli/run-golden-thread.js';

let dir: Awaited<ReturnType<typeof tempFolder>>;

function cli(...args: string[]) {
  return goldenThread(['--data', 'test.db', ...args], {
    cwd: dir.path,
    env: { GT_SEED_DEMO: 'false' },
  });
}

beforeAll(async () => {
  dir = await tempFolder();
});
afterAll(async () => {
  await dir.remove();
});

// Each case starts Node and tsx two or three times: allow for a loaded machine.
describe('golden-thread CLI', { timeout: 30_000 }, () => {
  it('imports a CSV, then exports the period as JSON', async () => {
    const csv = [
      'code,title,polarity,unit,frequency,period,target,actual',
      'HS01,Homeless households in temporary accommodation,lower,count,quarterly,2025/26 Q1,120,"1,104"',
      'HS02,Housing benefit claims processed (days),lower,days,quarterly,2025/26 Q1,20,18.5',
    ].join('\n');
    await writeFile(join(dir.path, 'history.csv'), csv);
    const imported = await cli('import', 'history.csv');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('indicators: 2 created, 0 updated');
    expect(imported.stdout).toContain('returns:    2 created, 0 updated');

    const exported = await cli('export', '--period', '2025/26 Q1', '--format', 'json');
    expect(exported.code).toBe(0);
    const rows = JSON.parse(exported.stdout) as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r.code, r.period, r.actual, r.target, r.rating, r.state])).toEqual([
      // 1,104 against 120 (lower is better) is far worse: Action.
      ['HS01', '2025/26 Q1', 1104, 120, 'Action', 'authorised'],
      // 18.5 days against 20 is 7.5% better: Strong.
      ['HS02', '2025/26 Q1', 18.5, 20, 'Strong', 'authorised'],
    ]);
  });

  it('writes CSV to a file with --out and prints the rated table', async () => {
    const out = join(dir.path, 'q1.csv');
    expect((await cli('export', '--period', 'Q1 2025/26', '--out', out)).code).toBe(0);
    expect((await readFile(out, 'utf8')).split('\n')[0]).toMatch(/^code,title,unit,/);
    const rate = await cli('rate', '--period', '2025/26 Q1');
    expect(rate.stdout).toContain('Ratings at Q1 2025/26');
    expect(rate.stdout).toContain('Action 1');
    expect(rate.stdout).toContain('Strong 1');
  });

  it('prints every problem of a bad file, exits 1 and changes nothing', async () => {
    const bad =
      'code,title,polarity,unit,frequency,period,target,actual\nHS01,,,,,2025/26 Q2,120,-4\nHS03,New,higher,%,monthly,2025/26 Q2,50,50\n';
    await writeFile(join(dir.path, 'bad.csv'), bad);
    const result = await cli('import', 'bad.csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nothing was imported from bad.csv.');
    expect(result.stderr).toContain('line 2: actual: a count cannot be negative (got -4)');
    expect(result.stderr).toContain(
      'line 3: period: "2025/26 Q2" is a quarter but HS03 is monthly',
    );
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    const exported = await cli('export', '--period', '2025/26 Q1', '--format', 'json');
    expect((JSON.parse(exported.stdout) as unknown[]).length).toBe(2);
  });

  it('refuses an unknown --as person and an unreadable period with exit code 1', async () => {
    const as = await cli('--as', 'nobody@council.example', 'import', 'history.csv');
    expect(as.code).toBe(1);
    expect(as.stderr).toContain('--as: no person with id or email "nobody@council.example"');
    const rate = await cli('rate', '--period', 'soon');
    expect(rate.code).toBe(1);
    expect(rate.stderr).toContain('"soon" is not a period');
  });
});
