// D3: local mode trusts whoever calls it (the development sign-in, the anonymous bot), so the real
// entry point must refuse to listen beyond the loopback interface, and say how to fix it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'gt-bind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('local mode on a public interface', () => {
  it('exits non-zero before listening, with one line naming GT_MODE and HOST', () => {
    const dataFile = path.join(dir, 'gt.db');
    // As `npm start` runs it (scripts/start.mjs): the server under tsx, the environment inherited.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HOST: '0.0.0.0',
      PORT: '0',
      GT_DATA_FILE: dataFile,
    };
    delete env.GT_MODE;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.status).not.toBeNull();
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/HOST=0\.0\.0\.0/);
    expect(lines[0]).toMatch(/GT_MODE/);
    expect(run.stdout).not.toMatch(/is running at/);
    expect(existsSync(dataFile)).toBe(false);
  });
});
