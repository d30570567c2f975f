// Comparator groups and their figures written straight into a real store, for the tests of where
// the quartile shows (the CSV / LG Inform import is tested on its own). Councils are invented:
// "Comparator council 1" with a made-up GSS-like code, never a real council's figures.
import type { BenchmarkValue, ComparatorGroupKind } from '../../src/domain/model/place-types.js';
import type { Store } from '../../src/domain/ports/store.js';

const CTX = { actorId: 'import', channel: 'import' as const };
export const SOURCE = 'LG Inform, metric 9999';

/** A group of `size` invented councils; returns its id. */
export async function seedGroup(
  store: Store,
  size: number,
  name = 'CIPFA nearest neighbours',
  kind: ComparatorGroupKind = 'nearest-neighbours',
): Promise<string> {
  const members = Array.from({ length: size }, (_, i) => memberOf(i));
  return (await store.create('comparatorGroups', { name, kind, members }, CTX)).id;
}

const memberOf = (i: number) => ({
  areaCode: `E0799${String(i + 1).padStart(4, '0')}`,
  areaName: `Comparator council ${i + 1}`,
});

/** The members' figures (the first figure the first member's…) and, if given, a published average. */
export async function seedFigures(
  store: Store,
  at: { indicatorId: string; periodKey: string; groupId: string },
  members: readonly number[],
  average: number | null = null,
): Promise<void> {
  const importedAt = '2025-10-01T09:00:00.000Z';
  const rows: Omit<BenchmarkValue, 'id'>[] = members.map((value, i) => ({
    ...at,
    kind: 'member' as const,
    ...memberOf(i),
    value,
    source: SOURCE,
    importedAt,
  }));
  if (average !== null)
    rows.push({
      ...at,
      kind: 'average',
      areaCode: null,
      areaName: null,
      value: average,
      source: SOURCE,
      importedAt,
    });
  for (const fields of rows) await store.create('benchmarkValues', fields, CTX);
}

/**
 * Member figures around the council's: `better` members better by the polarity and `worse` worse,
 * each a step of 2% of the figure apart (at least one unit of the last decimal place, so rounding
 * never makes a tie), so a test knows the place without assuming the figure: 4 better and 12
 * worse is 5th of 17, the 2nd quartile of 16.
 */
export function figuresAround(
  council: number,
  indicator: { polarity: 'higher' | 'lower' | 'none'; decimals: number },
  better: number,
  worse: number,
): number[] {
  const unit = 10 ** -indicator.decimals;
  const step = Math.max(Math.round((Math.abs(council) * 0.02) / unit) * unit, unit);
  const up = indicator.polarity === 'lower' ? -1 : 1;
  return [
    ...Array.from({ length: better }, (_, i) => council + up * step * (i + 1)),
    ...Array.from({ length: worse }, (_, i) => council - up * step * (i + 1)),
  ];
}

export interface Standing {
  periodKey: string;
  /** The council's authorised figure for the period. */
  council: number;
  better: number;
  worse: number;
  average?: number | null;
}

/**
 * A new group of `better + worse` councils with figures around the council's in each period, made
 * the indicator's primary group, so what the demo's own comparator data holds never moves the
 * place a test expects. Returns the group's id and name.
 */
export async function standAgainstNewGroup(
  store: Store,
  indicatorId: string,
  standings: readonly Standing[],
  name = 'Test nearest neighbours',
): Promise<{ groupId: string; name: string }> {
  const indicator = await store.get('indicators', indicatorId);
  if (!indicator) throw new Error(`no indicator ${indicatorId}`);
  const size = Math.max(...standings.map((s) => s.better + s.worse));
  const groupId = await seedGroup(store, size, name);
  for (const s of standings)
    await seedFigures(
      store,
      { indicatorId, periodKey: s.periodKey, groupId },
      figuresAround(s.council, indicator.fields, s.better, s.worse),
      s.average ?? null,
    );
  await store.update(
    'indicators',
    indicatorId,
    indicator.version,
    { primaryGroupId: groupId },
    CTX,
  );
  return { groupId, name };
}

/**
 * Removes every comparator group and figure (the demo council ships some), for a test that needs
 * to know which indicators have none: it then adds exactly the figures it asserts on.
 */
export async function clearComparators(store: Store): Promise<void> {
  for (const list of ['benchmarkValues', 'comparatorGroups'] as const) {
    const items = await store.query(list);
    for (let i = 0; i < items.length; i += 500)
      await store.writeMany(
        items.slice(i, i + 500).map((item) => ({
          kind: 'delete' as const,
          list,
          id: item.id,
          version: item.version,
        })),
        CTX,
      );
  }
}
