// The writes that make a stored breakdown say what was given: an update where a key's value
// changed, a create for a new key, a delete for a key no longer given, nothing where it is the
// same. Shared by the tab's entry and the history import, so both replace rather than repeat.
import type { BreakdownValue } from '../../domain/model/types.js';
import type { ListShapes, StoredItem, WriteOp } from '../../domain/ports/store.js';
import type { BreakdownFields } from '../../domain/breakdowns/index.js';

type Stored = StoredItem<ListShapes['breakdownValues']>;

const SAME: (keyof BreakdownFields)[] = ['dimension', 'label', 'value', 'numerator', 'denominator'];

export const sameBreakdown = (a: string, b: string) =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

export function breakdownWrites(
  target: { indicatorId: string; periodKey: string; breakdown: string },
  next: readonly BreakdownFields[],
  stored: readonly Stored[],
  stamp: Pick<BreakdownValue, 'enteredBy' | 'enteredAt'>,
): WriteOp[] {
  const held = new Map(
    stored
      .filter(
        (s) =>
          s.fields.indicatorId === target.indicatorId &&
          s.fields.periodKey === target.periodKey &&
          sameBreakdown(s.fields.breakdown, target.breakdown),
      )
      .map((s) => [s.fields.key, s]),
  );
  const ops: WriteOp[] = [];
  for (const f of next) {
    const fields = { ...f, indicatorId: target.indicatorId, periodKey: target.periodKey, ...stamp };
    const was = held.get(f.key);
    held.delete(f.key);
    if (!was) ops.push({ kind: 'create', list: 'breakdownValues', fields });
    else if (SAME.some((k) => was.fields[k] !== f[k]) || was.fields.breakdown !== f.breakdown)
      ops.push({
        kind: 'update',
        list: 'breakdownValues',
        id: was.id,
        version: was.version,
        patch: fields,
      });
  }
  for (const gone of held.values())
    ops.push({ kind: 'delete', list: 'breakdownValues', id: gone.id, version: gone.version });
  return ops;
}
