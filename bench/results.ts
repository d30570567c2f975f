// Machine-readable figures: `npm run bench` writes bench-results.json at the repository root (not
// committed), an object mapping each figure's name to its value, unit and goal. A run of one
// section updates only that section's names, keeping the rest of the file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Figure {
  value: number;
  unit: string;
  goal: string;
}

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bench-results.json');
const figures: Record<string, Figure> = {};

export function record(name: string, value: number, unit: string, goal = ''): void {
  figures[name] = { value: Math.round(value * 1000) / 1000, unit, goal };
}

/** bench-results.json as the last run left it (empty when there is none). */
function lastRun(): Record<string, Figure> {
  return existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Figure>) : {};
}

let earlier: Record<string, Figure> | undefined;

/** A figure from this run, or else from the last run's bench-results.json (for comparisons). */
export function recorded(name: string): Figure | undefined {
  earlier ??= lastRun();
  return figures[name] ?? earlier[name];
}

/** Merges this run's figures into bench-results.json; returns the file's path. */
export function writeResults(): string | null {
  if (Object.keys(figures).length === 0) return null;
  const merged = { ...lastRun(), ...figures };
  const sorted = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((k) => [k, merged[k]]),
  );
  writeFileSync(FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  return FILE;
}
