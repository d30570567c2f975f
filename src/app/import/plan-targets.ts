// Targets from the file into the Target item of each financial year: the period's profiled target
// is set; the year-end (annual) target is the year's own target when the file gives one, else for a
// `sum` indicator the sum of the profile once every period of the year has one, else unchanged.
import type { Indicator, Target } from '../../domain/model/types.js';
import { kindForFrequency, periodsOfYear } from '../../domain/periods/index.js';
import type { WriteOp } from '../../domain/ports/store.js';
import { roundTo } from '../../domain/values/index.js';
import type { Catalogue } from '../catalogue/index.js';
import type { PeriodFigures } from './period-figures.js';

function annualFor(
  indicator: Indicator,
  year: string,
  profile: Record<string, number>,
  given: number | undefined,
  existing: number | null,
): number | null {
  if (given !== undefined) return given;
  if (indicator.ytd !== 'sum' || indicator.frequency === 'annual') return existing;
  const keys = periodsOfYear(year, kindForFrequency(indicator.frequency)).map((p) => p.key);
  if (!keys.every((k) => profile[k] !== undefined)) return existing;
  // Rounded only to clear binary artefacts (0.1 + 0.2), not to the display precision.
  return roundTo(
    keys.reduce((acc, k) => acc + profile[k]!, 0),
    6,
  );
}

function sameTarget(
  a: Pick<Target, 'annual' | 'profile'>,
  b: Pick<Target, 'annual' | 'profile'>,
): boolean {
  return (
    a.annual === b.annual &&
    JSON.stringify(sortKeys(a.profile)) === JSON.stringify(sortKeys(b.profile))
  );
}

function sortKeys(r: Record<string, number>): [string, number][] {
  return Object.entries(r).sort(([x], [y]) => x.localeCompare(y));
}

/** The create/update operations for one indicator's targets; unchanged years write nothing. */
export function planTargets(
  cat: Catalogue,
  indicator: Indicator,
  figures: readonly PeriodFigures[],
  existingById: ReadonlyMap<string, Target & { version: string }>,
): WriteOp[] {
  const byYear = new Map<string, PeriodFigures[]>();
  for (const f of figures) {
    if (f.target === null) continue;
    const list = byYear.get(f.period.year);
    if (list) list.push(f);
    else byYear.set(f.period.year, [f]);
  }
  const ops: WriteOp[] = [];
  for (const [year, list] of byYear) {
    const stored = cat.targets.get(`${indicator.id}|${year}`);
    const profile: Record<string, number> = { ...(stored?.profile ?? {}) };
    let given: number | undefined;
    for (const f of list) {
      if (f.period.kind === 'year') given = f.target!;
      else profile[f.period.key] = f.target!;
    }
    const annual = annualFor(indicator, year, profile, given, stored?.annual ?? null);
    const next = { annual, profile };
    if (!stored) {
      ops.push({
        kind: 'create',
        list: 'targets',
        fields: { indicatorId: indicator.id, year, ...next },
      });
    } else if (!sameTarget(stored, next)) {
      const version = existingById.get(stored.id)?.version;
      if (version === undefined) throw new Error(`target ${stored.id} has no version`);
      ops.push({ kind: 'update', list: 'targets', id: stored.id, version, patch: next });
    }
  }
  return ops;
}
