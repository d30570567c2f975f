// Turns writeMany's operations into Graph requests, after checking everything that can be
// checked before sending: list names, field values, that updated and deleted items exist at the
// named version, that a chosen id is free. Most refusals therefore cost no write at all; the
// ETag (If-Match) still guards the race between this check and the write.
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '../../../domain/errors/errors.js';
import type { ListName, WriteContext, WriteOp } from '../../../domain/ports/store.js';
import { JSON_BODY, type BatchRequest } from '../graph/batch.js';
import {
  assertNoteLength,
  decodeFields,
  encodeFields,
  extraColumn,
  sameVersion,
  toColumnInstant,
  type Fields,
  type GraphFields,
  type SpItem,
} from '../mapping/index.js';
import { ENTITY_LISTS, type ListSpec } from '../schema/index.js';
import {
  CREATED_BY_COLUMN,
  EXTRA_COLUMN,
  ID_COLUMN,
  MODIFIED_BY_COLUMN,
} from '../schema/meta-columns.js';
import { assertListName, assertWriteContext } from './write-context.js';

export interface ListAccess {
  spec: ListSpec;
  path: string;
  current(id: string): SpItem | null;
}

export interface Step {
  index: number;
  op: WriteOp;
  list: ListName;
  id: string;
  before: SpItem | null;
  afterFields: Fields | null;
  request: Omit<BatchRequest, 'id' | 'dependsOn'>;
  audit: GraphFields;
}

/** Checks every op's shape and values; throws ValidationError before any request. */
export function validateOps(ops: WriteOp[], ctx: WriteContext): void {
  if (!Array.isArray(ops)) throw new ValidationError('must be a list of operations', 'ops');
  assertWriteContext(ctx);
  for (const op of ops) {
    assertListName(op?.list);
    const spec = ENTITY_LISTS[op.list];
    if (op.kind === 'create') {
      encodeFields(spec, op.fields);
      if (op.id !== undefined && (typeof op.id !== 'string' || op.id.trim() === '')) {
        throw new ValidationError('must be a non-empty string', 'id');
      }
    } else if (op.kind === 'update') encodeFields(spec, op.patch, 'patch');
    else if (op.kind !== 'delete') {
      throw new ValidationError(
        `unknown operation ${JSON.stringify((op as WriteOp).kind)}`,
        'kind',
      );
    }
  }
}

function auditFields(
  ctx: WriteContext,
  at: string,
  list: string,
  id: string,
  action: string,
  before: Fields | null,
  after: Fields | null,
): GraphFields {
  const fields: GraphFields = {
    GtList: list,
    GtItemId: id,
    GtActorId: ctx.actorId,
    GtAt: toColumnInstant(at),
    GtChannel: ctx.channel,
    GtAction: action,
    GtEvent: ctx.event ?? null,
    GtBefore: before === null ? null : JSON.stringify(before),
    GtAfter: after === null ? null : JSON.stringify(after),
    GtNote: ctx.note ?? null,
  };
  // The audit entry lands with the write, so a too-long one must be refused before either.
  for (const key of ['GtBefore', 'GtAfter', 'GtNote'])
    assertNoteLength(`audit.${key}`, fields[key]);
  return fields;
}

function staleVersion(list: string, id: string, version: string, current: string): ConflictError {
  return new ConflictError(
    `${list} item ${id} was changed by someone else (version ${version} is no longer current)`,
    current,
  );
}

const compactNulls = (fields: GraphFields): GraphFields =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));

/** Builds the steps, checking existence and versions against `access` (freshly read). */
export function planSteps(
  ops: WriteOp[],
  ctx: WriteContext,
  access: (list: ListName) => ListAccess,
  now: string,
): Step[] {
  const touched = new Set<string>();
  return ops.map((op, index) => {
    const a = access(op.list);
    const id = op.kind === 'create' ? (op.id ?? randomUUID()) : op.id;
    const key = `${op.list}|${id}`;
    // A second op on an item this writeMany already changed cannot name its new version.
    if (touched.has(key))
      throw new ConflictError(`${op.list} item ${id} is written twice in one writeMany`);
    touched.add(key);
    const before = a.current(id);
    if (op.kind === 'create') {
      if (before)
        throw new ConflictError(`${op.list} item ${id} already exists`, before.item.version);
      const { columns, extra } = encodeFields(a.spec, op.fields);
      const all: GraphFields = {
        Title: id,
        [ID_COLUMN]: id,
        [CREATED_BY_COLUMN]: ctx.actorId,
        [MODIFIED_BY_COLUMN]: ctx.actorId,
        ...columns,
        ...extraColumn(extra),
      };
      assertNoteLength('extra', all[EXTRA_COLUMN]);
      const afterFields = decodeFields(a.spec, all);
      return {
        index,
        op,
        list: op.list,
        id,
        before: null,
        afterFields,
        request: {
          method: 'POST',
          url: `${a.path}/items`,
          headers: { ...JSON_BODY },
          body: { fields: compactNulls(all) },
        },
        audit: auditFields(ctx, now, op.list, id, 'create', null, afterFields),
      };
    }
    if (!before) throw new NotFoundError(`${op.list} item ${id} does not exist`);
    // Compared as the version each ETag means, whatever spelling it came in (mapping/etag.ts).
    if (!sameVersion(before.item.version, op.version))
      throw staleVersion(op.list, id, op.version, before.item.version);
    const ifMatch = { 'If-Match': before.item.version };
    const itemUrl = `${a.path}/items/${before.spId}`;
    if (op.kind === 'delete') {
      return {
        index,
        op,
        list: op.list,
        id,
        before,
        afterFields: null,
        request: { method: 'DELETE', url: itemUrl, headers: ifMatch },
        audit: auditFields(ctx, now, op.list, id, 'delete', before.item.fields, null),
      };
    }
    const { columns, extra } = encodeFields(a.spec, op.patch, 'patch');
    const patch: GraphFields = { ...columns, [MODIFIED_BY_COLUMN]: ctx.actorId };
    if (Object.keys(extra).length > 0) {
      const old =
        typeof before.columns[EXTRA_COLUMN] === 'string'
          ? (JSON.parse(before.columns[EXTRA_COLUMN]) as Fields)
          : {};
      patch[EXTRA_COLUMN] = JSON.stringify({ ...old, ...extra });
      assertNoteLength('extra', patch[EXTRA_COLUMN]);
    }
    const afterFields = decodeFields(a.spec, { ...before.columns, ...patch });
    return {
      index,
      op,
      list: op.list,
      id,
      before,
      afterFields,
      request: {
        method: 'PATCH',
        url: `${itemUrl}/fields`,
        headers: { ...ifMatch, ...JSON_BODY },
        body: patch,
      },
      audit: auditFields(ctx, now, op.list, id, 'update', before.item.fields, afterFields),
    };
  });
}
