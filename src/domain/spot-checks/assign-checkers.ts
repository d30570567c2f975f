// Who checks each drawn indicator (issue 14 item 5): someone who is none of its officers — not its
// Collection, Responsible or Authorising Officer, nor a delegate of one — so nobody checks their
// own figure. The pool is tried in order of preference (the performance team first, as Chorley's
// internal audit does); within a tier, the person with the fewest checks in this draw, ties broken
// by a seeded shuffle so the same people are not always first. Deterministic for the same inputs.
import { seedNumber } from './seeded-random.js';

export interface CheckerNeed {
  indicatorId: string;
  /** The indicator's officers and their delegates. */
  barred: ReadonlySet<string>;
}

/**
 * The checker for each need, in the same order; null where everyone in the pool is barred.
 * `tiers`: the pool, most preferred first (e.g. [performance team, other officers]).
 */
export function assignCheckers(
  needs: readonly CheckerNeed[],
  tiers: ReadonlyArray<readonly string[]>,
  seed: string,
): Array<string | null> {
  const load = new Map<string, number>();
  const order = (id: string) => seedNumber(`${seed}|${id}`);
  return needs.map((need) => {
    for (const tier of tiers) {
      const free = tier.filter((id) => !need.barred.has(id));
      if (free.length === 0) continue;
      const chosen = [...free].sort(
        (a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || order(a) - order(b) || cmp(a, b),
      )[0]!;
      load.set(chosen, (load.get(chosen) ?? 0) + 1);
      return chosen;
    }
    return null;
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
