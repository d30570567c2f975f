// Builds the tab with Vite when dist/tab is missing or older than its sources, so the browser
// tests always drive the code in the tree.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BUILT = path.join(ROOT, 'dist/tab/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function tabIsStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'src/tab')),
    statSync(path.join(ROOT, 'vite.config.ts')).mtimeMs,
  );
  return sources > statSync(BUILT).mtimeMs;
}

export async function ensureTabBuilt(): Promise<void> {
  if (!tabIsStale()) return;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = saved;
  }
}
