// `golden-thread nudge --dry-run [--at …]` as the performance team runs it: the real command in a
// child process against a demo council whose "today" is Thursday 20/11/2025. It prints who would
// get a digest of what and why, writes nothing, and names a bad or missing option.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { seedCouncil, tempDbFile } from './setup.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../bin/golden-thread.js', import.meta.url));
let file: string;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, '--data', file, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  file = tempDbFile();
  await seedCouncil(file, '2025-11-20');
}, 60_000);

describe('golden-thread nudge --dry-run', { timeout: 30_000 }, () => {
  it('lists each person’s one digest, with the reason for every return in it', async () => {
    const out = await cli('nudge', '--dry-run', '--at', '2025-11-20T10:00');
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Nudges at 2025-11-20T10:00 London time (20/11/2025):');
    const people = lines.filter((l) => /^ {2}\S.*: one digest of \d+$/.test(l));
    expect(people.length).toBeGreaterThan(1);
    // Each digest is followed by exactly as many returns as it says.
    for (const person of people) {
      const n = Number(/of (\d+)$/.exec(person)![1]);
      const at = lines.indexOf(person);
      const items = lines.slice(at + 1, at + 1 + n);
      for (const item of items)
        expect(item).toMatch(/^ {4}- [A-Z][A-Z-]*\d+ .+, due \d\d\/\d\d\/\d{4}: /);
    }
    // A dry run claims nothing: the ledger the cycle writes is still empty.
    const store = openSqliteStore({ file });
    expect(await store.query('reminderLedger')).toEqual([]);
    await store.close();
  });

  it('sends nothing after 18:00, and says why', async () => {
    const out = await cli('nudge', '--dry-run', '--at', '2025-11-20T18:30');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^ {2}nothing is sent: it is .*18:00/m);
  });

  it('names the option that is wrong', async () => {
    const bare = await cli('nudge');
    expect(bare.code).not.toBe(0);
    expect(bare.stderr).toContain('--dry-run');
    const bad = await cli('nudge', '--dry-run', '--at', '20/11/2025 9am');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--at: "20/11/2025 9am" is not a local date and time');
  });
});
