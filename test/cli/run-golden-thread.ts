// Runs the real `golden-thread` command (`node bin/golden-thread.js`) in a child process, as the
// performance team runs it, in a folder of the test's own. The child sees only the settings the
// test gives: every variable the configuration module reads (GT_DATA_FILE, GT_SEED_DEMO, STORE …)
// is dropped from the inherited environment, so a developer's shell cannot change the outcome.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ENV_NAMES } from '../../src/platform/config/config.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../bin/golden-thread.js', import.meta.url));
const SETTINGS = new Set<string>(Object.values(ENV_NAMES));

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  cwd: string;
  env?: Record<string, string>;
}

function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(([name]) => !SETTINGS.has(name));
  return { ...Object.fromEntries(kept), ...extra };
}

export async function goldenThread(
  args: readonly string[],
  options: CommandOptions,
): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: childEnv(options.env),
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A fresh folder (so a fresh data file) for one test; remove it when done. */
export async function tempFolder(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'gt-cli-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
