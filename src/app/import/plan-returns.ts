// Actuals from the file into returns. Import is for historical figures that were already checked
// and authorised outside Golden Thread, so they arrive authorised; separation of duties is kept
// by recording the importer as the one who entered them and `import` as checker and authoriser,
// never the importer approving their own figure. The audit trail records the channel `import`.
import type { IndicatorReturn } from '../../domain/model/types.js';
import type { WriteOp } from '../../domain/ports/store.js';
import { blankReturn } from '../returns/open-returns.js';
import type { ExistingReturns } from './existing-returns.js';
import type { PeriodFigures } from './period-figures.js';

export const IMPORT_APPROVER = 'import';

type ImportedFields = Pick<
  IndicatorReturn,
  | 'state'
  | 'value'
  | 'notAvailableReason'
  | 'enteredBy'
  | 'enteredAt'
  | 'checkedBy'
  | 'checkedAt'
  | 'authorisedBy'
  | 'authorisedAt'
  | 'sentBackReason'
  | 'sentBackBy'
> & { commentary?: string };

function importedFields(f: PeriodFigures, actorId: string, now: string): ImportedFields {
  const checked = f.state !== 'submitted';
  const authorised = f.state === 'authorised';
  return {
    state: f.state,
    value: f.actual,
    notAvailableReason: null,
    enteredBy: actorId,
    enteredAt: now,
    checkedBy: checked ? IMPORT_APPROVER : null,
    checkedAt: checked ? now : null,
    authorisedBy: authorised ? IMPORT_APPROVER : null,
    authorisedAt: authorised ? now : null,
    sentBackReason: null,
    sentBackBy: null,
    ...(f.commentary !== null ? { commentary: f.commentary } : {}),
  };
}

export interface ReturnOps {
  ops: WriteOp[];
  created: number;
  updated: number;
}

/** Creates the missing returns; updates those whose figure, state or commentary differ. */
export function planReturns(
  indicatorId: string,
  figures: readonly PeriodFigures[],
  existing: ExistingReturns,
  actorId: string,
  now: string,
): ReturnOps {
  const out: ReturnOps = { ops: [], created: 0, updated: 0 };
  for (const f of figures) {
    if (f.actual === null) continue;
    const fields = importedFields(f, actorId, now);
    const stored = existing.get(`${indicatorId}|${f.period.key}`);
    if (!stored) {
      out.ops.push({
        kind: 'create',
        list: 'returns',
        fields: { ...blankReturn(indicatorId, f.period.key), ...fields },
      });
      out.created++;
      continue;
    }
    const same =
      stored.value === f.actual &&
      stored.state === f.state &&
      (f.commentary === null || stored.commentary === f.commentary);
    if (same) continue;
    out.ops.push({
      kind: 'update',
      list: 'returns',
      id: stored.id,
      version: stored.version,
      patch: { ...fields },
    });
    out.updated++;
  }
  return out;
}
