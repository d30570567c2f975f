#!/usr/bin/env node
// `npm start`: build the tab if it is missing or older than its sources, then run the server with
// tsx (TypeScript straight from src/, no separate compile step).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const built = 'dist/tab/index.html';
const stale = !existsSync(built) || newest('src/tab') > statSync(built).mtimeMs;
if (existsSync('src/tab') && stale) {
  console.log('Building the tab…');
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  stdio: 'inherit',
});
process.exit(server.status ?? 0);
