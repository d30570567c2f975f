// Temporary database files for this folder's tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  path: (name: string) => string;
  remove: () => void;
}

export function tempDir(prefix = 'golden-thread-sqlite-'): TempDir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    path: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
