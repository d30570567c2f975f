// Written procedures with versions (issue 14, item 7): editing an indicator's procedure makes a new
// version and keeps every earlier one in the procedureVersions list, so the check can be made
// against the procedure the figure was entered under, not whatever it says today. Version 1 is
// written to the list lazily, the first time the procedure is edited, so indicators set up before
// versions existed keep a complete history.
import { NotFoundError } from '../../domain/errors/errors.js';
import type {
  Indicator,
  Instant,
  ProcedureVersion,
  WrittenProcedure,
} from '../../domain/model/types.js';
import { formatDate, londonDate } from '../../domain/periods/index.js';
import type { StoredItem, WriteOp } from '../../domain/ports/store.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';
import { procedureChanged } from '../../domain/indicators/procedure-changed.js';

/** The procedure a figure is read against, with which version it is and when it was written. */
export interface ProcedureInForce {
  version: number;
  procedure: WrittenProcedure;
  /** When this version was written; null for a first version never edited since. */
  changedAt: Instant | null;
  /** Whether it is still the indicator's procedure today. */
  current: boolean;
  /** In words for the card and the tab: "version 2, changed 03/12/2026". */
  label: string;
}

export function currentProcedureVersion(indicator: Pick<Indicator, 'procedureVersion'>): number {
  return indicator.procedureVersion ?? 1;
}

function label(version: number, changedAt: Instant | null): string {
  return version > 1 && changedAt
    ? `version ${version}, changed ${formatDate(londonDate(changedAt))}`
    : `version ${version}`;
}

/**
 * The procedure of `version` (the one a return was entered under), or the indicator's current one
 * when the return names none yet. `versions` are the indicator's procedureVersions items.
 */
export function procedureInForce(
  indicator: Indicator,
  versions: readonly ProcedureVersion[],
  version?: number | null,
): ProcedureInForce {
  const now = currentProcedureVersion(indicator);
  const wanted = version ?? now;
  const kept = versions.find((v) => v.version === wanted);
  if (wanted === now || !kept) {
    // A version the list does not hold can only be the current one written before versions were
    // kept: the current procedure is then the best account there is.
    const changedAt = versions.find((v) => v.version === now)?.editedAt ?? null;
    return {
      version: now,
      procedure: indicator.procedure,
      changedAt,
      current: true,
      label: label(now, changedAt),
    };
  }
  return {
    version: kept.version,
    procedure: kept.procedure,
    changedAt: kept.editedAt,
    current: false,
    label: label(kept.version, kept.editedAt),
  };
}

export interface ProcedureEdit {
  stored: StoredItem<Omit<Indicator, 'id'>>;
  procedure: WrittenProcedure;
  kept: readonly ProcedureVersion[];
  actorId: string;
  now: Instant;
  note: string;
}

/**
 * The writes that record an edit of the procedure (none when it did not change): the indicator's
 * new version number, the new version's item, and version 1 first if the list does not hold it.
 */
export function procedureEditOps(edit: ProcedureEdit): {
  patch: Partial<Indicator>;
  creates: WriteOp[];
} {
  const { stored } = edit;
  if (!procedureChanged(stored.fields.procedure, edit.procedure)) return { patch: {}, creates: [] };
  const from = currentProcedureVersion(stored.fields);
  const creates: WriteOp[] = [];
  const indicatorId = stored.id;
  if (!edit.kept.some((v) => v.version === from)) {
    const first: ProcedureVersion = {
      indicatorId,
      version: from,
      procedure: stored.fields.procedure,
      editedAt: from === 1 ? stored.createdAt : stored.modifiedAt,
      editedBy: from === 1 ? stored.createdBy : stored.modifiedBy,
      note: from === 1 ? 'The procedure as first written' : '',
    };
    creates.push({ kind: 'create', list: 'procedureVersions', fields: { ...first } });
  }
  const next: ProcedureVersion = {
    indicatorId,
    version: from + 1,
    procedure: edit.procedure,
    editedAt: edit.now,
    editedBy: edit.actorId,
    note: edit.note,
  };
  creates.push({ kind: 'create', list: 'procedureVersions', fields: { ...next } });
  return { patch: { procedureVersion: from + 1 }, creates };
}

/** An indicator's kept versions, oldest first. */
export async function keptVersions(
  deps: AppDeps,
  indicatorId: string,
): Promise<ProcedureVersion[]> {
  const items = await deps.store.query('procedureVersions', { indicatorId });
  return items.map((i) => i.fields).sort((a, b) => a.version - b.version);
}

export interface ProcedureHistory {
  indicatorId: string;
  code: string;
  current: number;
  /** Every version, oldest first; version 1 is the indicator's own when never edited. */
  versions: (ProcedureVersion & { label: string; current: boolean })[];
}

/** Every version of an indicator's written procedure (by id or code), for the API. */
export async function procedureHistory(deps: AppDeps, idOrCode: string): Promise<ProcedureHistory> {
  const cat = await loadCatalogue(deps.store);
  const indicator =
    cat.indicators.get(idOrCode) ?? cat.indicatorsByCode.get(idOrCode.toUpperCase());
  if (!indicator) throw new NotFoundError(`No indicator ${idOrCode}`);
  const current = currentProcedureVersion(indicator);
  const kept = await keptVersions(deps, indicator.id);
  const stored = await deps.store.get('indicators', indicator.id);
  const all: ProcedureVersion[] = kept.some((v) => v.version === current)
    ? kept
    : [
        ...kept,
        {
          indicatorId: indicator.id,
          version: current,
          procedure: indicator.procedure,
          editedAt: stored!.createdAt,
          editedBy: stored!.createdBy,
          note: '',
        },
      ];
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    current,
    versions: all.map((v) => ({
      ...v,
      label: label(v.version, v.editedAt),
      current: v.version === current,
    })),
  };
}
