// Carries out planned steps on SharePoint, all or nothing as far as SharePoint allows.
//
// The guarantee, and its limits. SharePoint has no transactions, so writeMany:
//  1. checks every value, list, item and version before sending anything (write-plan.ts);
//  2. sends the steps in $batch requests of 20 parts (10 steps: the item write and its audit
//     entry), every part depending on the one before, so the first failure stops the rest (424)
//     and the order of creation is kept (https://learn.microsoft.com/graph/json-batching);
//  3. if a part fails, undoes the steps that landed, newest first, each guarded by the ETag it
//     produced (created items deleted, updated items patched back, deleted items created again,
//     their audit entries removed), then throws the failure;
//  4. if Graph stops answering mid-batch, reads the lists back to learn what landed and undoes it.
// Limits: another writer can see the intermediate state for the moments before an undo; an item
// deleted and then restored comes back with a new SharePoint id and creation time; and when the
// undo itself cannot be done (Graph stays away), IncompleteWriteError names what landed and what
// is unknown instead of pretending nothing happened.
import { ConflictError, NotFoundError, ValidationError } from '../../../domain/errors/errors.js';
import type { WriteResult } from '../../../domain/ports/store.js';
import { JSON_BODY, type BatchRequest, type BatchResponse } from '../graph/batch.js';
import type { GraphApi } from '../graph/graph-api.js';
import { GraphRequestError, partError } from '../graph/graph-errors.js';
import {
  decodeFields,
  decodeItem,
  etagCounter,
  normaliseEtag,
  type SpItem,
} from '../mapping/index.js';
import { ownColumns } from '../schema/index.js';
import { ID_COLUMN } from '../schema/meta-columns.js';
import type { ListCache } from './list-cache.js';
import type { Step } from './write-plan.js';
import { IncompleteWriteError, StaleWriteError } from './write-errors.js';

const STEPS_PER_BATCH = 10;

export interface RunDeps {
  graph: GraphApi;
  auditPath: string;
  cacheOf: (list: Step['list']) => ListCache;
  auditCache: ListCache;
  /** A 412 throws StaleWriteError (after the undo), so the caller can refresh and re-plan. */
  staleIsRetryable?: boolean;
}

interface Landed {
  step: Step;
  item: SpItem | null;
  audit: SpItem | null;
}

const ok = (r: BatchResponse | undefined): boolean => !!r && r.status >= 200 && r.status < 300;

function toParts(steps: Step[], auditPath: string): BatchRequest[] {
  const parts: BatchRequest[] = [];
  for (const step of steps) {
    const itemId = `${step.index}-item`;
    const prev = parts[parts.length - 1]?.id;
    parts.push({ id: itemId, ...step.request, ...(prev ? { dependsOn: [prev] } : {}) });
    parts.push({
      id: `${step.index}-audit`,
      method: 'POST',
      url: `${auditPath}/items`,
      headers: { ...JSON_BODY },
      body: { fields: step.audit },
      dependsOn: [itemId],
    });
  }
  return parts;
}

function afterItem(step: Step, body: unknown, cache: ListCache): SpItem | null {
  const spec = cache.spec;
  if (step.op.kind === 'delete') return null;
  if (step.op.kind === 'create') return decodeItem(spec, body as never);
  const fields = body as Record<string, unknown>;
  const before = step.before!;
  // The response leaves out columns the patch emptied (SharePoint omits empty values), so the
  // patch as sent (its nulls) goes between the old columns and the response.
  const sent = (step.request.body ?? {}) as Record<string, unknown>;
  const columns = { ...before.columns, ...sent, ...fields };
  return {
    spId: before.spId,
    columns,
    item: {
      ...before.item,
      version: normaliseEtag(fields['@odata.etag']),
      fields: decodeFields(spec, columns),
      modifiedAt: new Date(String(fields.Modified)).toISOString(),
      modifiedBy: step.audit.GtActorId as string,
    },
  };
}

async function failureError(deps: RunDeps, step: Step, error: GraphRequestError): Promise<Error> {
  const what = `${step.list} item ${step.id}`;
  if (error.status === 412 || error.status === 409) {
    const cache = deps.cacheOf(step.list);
    await cache.refresh().catch(() => undefined);
    const message =
      error.status === 412 ? `${what} was changed by someone else` : `${what} already exists`;
    return new ConflictError(message, cache.byId(step.id)?.item.version ?? null);
  }
  if (error.status === 404) return new NotFoundError(`${what} does not exist`);
  if (error.status === 400) return new ValidationError(error.message, step.list);
  return error;
}

function applyLanded(deps: RunDeps, landed: Landed[]): void {
  for (const { step, item, audit } of landed) {
    const cache = deps.cacheOf(step.list);
    if (item) cache.put(item);
    else if (step.before) cache.remove(step.before.spId, true);
    if (audit) deps.auditCache.put(audit);
  }
}

export async function runSteps(deps: RunDeps, steps: Step[]): Promise<WriteResult[]> {
  const landed: Landed[] = [];
  for (let i = 0; i < steps.length; i += STEPS_PER_BATCH) {
    const chunk = steps.slice(i, i + STEPS_PER_BATCH);
    let answers: Map<string, BatchResponse>;
    try {
      answers = await deps.graph.batch(toParts(chunk, deps.auditPath));
    } catch (error) {
      const lost =
        error instanceof GraphRequestError ? error : new GraphRequestError(0, null, String(error));
      if (!lost.outcomeUnknown) {
        await undo(deps, landed);
        throw lost;
      }
      const found = await reconcile(deps, chunk).catch(() => null);
      if (found === null) {
        applyLanded(deps, landed);
        throw new IncompleteWriteError(
          `Graph stopped answering mid-write: ${landed.length} operations landed and ${chunk.length} are unknown`,
          landed.map(resultOf),
          chunk.map((s) => s.op),
          lost,
        );
      }
      await undo(deps, [...landed, ...found]);
      throw lost;
    }
    for (const step of chunk) {
      const item = answers.get(`${step.index}-item`);
      const audit = answers.get(`${step.index}-audit`);
      if (!ok(item)) {
        await undo(deps, landed);
        if (item?.status === 412 && deps.staleIsRetryable)
          throw new StaleWriteError(step.list, step.id);
        throw await failureError(deps, step, partError(item?.status ?? 500, item?.body));
      }
      const entry: Landed = {
        step,
        item: afterItem(step, item!.body, deps.cacheOf(step.list)),
        audit: ok(audit) ? decodeItem(auditSpec(deps), audit!.body as never) : null,
      };
      landed.push(entry);
      if (!ok(audit)) {
        await undo(deps, landed);
        throw partError(audit?.status ?? 500, audit?.body);
      }
    }
  }
  applyLanded(deps, landed);
  return landed.map(resultOf);
}

function auditSpec(deps: RunDeps): Parameters<typeof decodeItem>[0] {
  return deps.auditCache.spec;
}

function resultOf(landed: Landed): WriteResult {
  return { list: landed.step.list, id: landed.step.id, version: landed.item?.item.version ?? null };
}

/** After a lost answer: reads the lists back to learn which steps of the chunk landed. */
async function reconcile(deps: RunDeps, chunk: Step[]): Promise<Landed[]> {
  await deps.auditCache.refresh();
  const found: Landed[] = [];
  for (const step of chunk) {
    const cache = deps.cacheOf(step.list);
    await cache.refresh();
    const now = cache.byId(step.id);
    const landedHere =
      step.op.kind === 'create'
        ? now !== null
        : step.op.kind === 'delete'
          ? now === null
          : !!now && etagCounter(now.item.version) > etagCounter(step.before!.item.version);
    if (!landedHere) break;
    const audit =
      deps.auditCache
        .all()
        .find(
          (a) =>
            a.columns.GtItemId === step.id &&
            a.columns.GtList === step.list &&
            a.columns.GtAction === step.audit.GtAction &&
            Date.parse(String(a.columns.GtAt)) === Date.parse(String(step.audit.GtAt)) &&
            a.columns.GtActorId === step.audit.GtActorId,
        ) ?? null;
    found.push({ step, item: now, audit });
  }
  return found;
}

/** Undoes landed steps, newest first; throws IncompleteWriteError for what could not be undone. */
async function undo(deps: RunDeps, landed: Landed[]): Promise<void> {
  const parts: BatchRequest[] = [];
  const owners = new Map<string, Landed>();
  for (const entry of [...landed].reverse()) {
    const { step, item, audit } = entry;
    const at = (suffix: string) => `${step.index}-${suffix}`;
    // Only the list's own columns go back: SharePoint refuses its system columns in a write.
    const own = ownColumns(deps.cacheOf(step.list).spec);
    if (step.op.kind === 'create' && item) {
      parts.push({
        id: at('undo'),
        method: 'DELETE',
        url: step.request.url.replace(/\/items$/, `/items/${item.spId}`),
        headers: { 'If-Match': item.item.version },
      });
    } else if (step.op.kind === 'update' && item) {
      // Exactly the columns the update wrote, back to what they held.
      const restore: Record<string, unknown> = {};
      for (const key of Object.keys(step.request.body as Record<string, unknown>)) {
        if (own.has(key)) restore[key] = step.before!.columns[key] ?? null;
      }
      parts.push({
        id: at('undo'),
        method: 'PATCH',
        url: step.request.url,
        headers: { 'If-Match': item.item.version, ...JSON_BODY },
        body: restore,
      });
    } else if (step.op.kind === 'delete') {
      const fields: Record<string, unknown> = { Title: step.before!.columns[ID_COLUMN] };
      for (const [key, value] of Object.entries(step.before!.columns)) {
        if (own.has(key) && value !== null && value !== undefined) fields[key] = value;
      }
      parts.push({
        id: at('undo'),
        method: 'POST',
        url: step.request.url.replace(/\/items\/\d+$/, '/items'),
        headers: { ...JSON_BODY },
        body: { fields },
      });
    }
    owners.set(at('undo'), entry);
    if (audit) {
      parts.push({
        id: at('unaudit'),
        method: 'DELETE',
        url: `${deps.auditPath}/items/${audit.spId}`,
        headers: { 'If-Match': audit.item.version },
      });
    }
  }
  if (parts.length === 0) return;
  let answers: Map<string, BatchResponse>;
  try {
    answers = await deps.graph.batch(parts);
  } catch (error) {
    throw new IncompleteWriteError(
      'a failed write could not be undone: Graph did not answer',
      landed.map(resultOf),
      [],
      error,
    );
  }
  const stuck = [...owners].filter(([id]) => !ok(answers.get(id))).map(([, e]) => e);
  for (const entry of landed) {
    const cache = deps.cacheOf(entry.step.list);
    if (stuck.includes(entry)) continue;
    if (entry.step.op.kind === 'create' && entry.item) cache.remove(entry.item.spId, true);
    if (entry.audit) deps.auditCache.remove(entry.audit.spId, true);
  }
  if (stuck.length > 0) {
    throw new IncompleteWriteError(
      `a failed write could not be fully undone: ${stuck.length} operations remain`,
      stuck.map(resultOf),
      [],
    );
  }
}
