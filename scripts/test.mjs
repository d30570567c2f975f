#!/usr/bin/env node
// `npm test`: every test, unit to browser, in one Vitest run, then the plain count line CI records
// ("N passed, N failed"). Exits with Vitest's own status.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-artifacts', { recursive: true });
const results = 'test-artifacts/vitest-results.json';
const run = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  console.log(
    `${summary.numPassedTests} passed, ${summary.numFailedTests} failed` +
      (skipped ? `, ${skipped} skipped` : ''),
  );
}
process.exit(run.status ?? 1);
