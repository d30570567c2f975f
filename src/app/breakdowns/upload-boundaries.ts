// Uploading a boundary set (PUT /api/boundaries/:set and `golden-thread boundaries import`): the
// performance team only, told 403 before anything about the file; the file is read whole and
// checked (domain/breakdowns/boundary-geojson.ts), then the set is replaced in one all-or-nothing
// write: areas no longer in the file are removed, changed ones updated, the same file twice writes
// nothing the second time.
import { ForbiddenError, ValidationError } from '../../domain/errors/errors.js';
import { readBoundaryFile, type BoundaryFileOptions } from '../../domain/breakdowns/index.js';
import type { Channel } from '../../domain/model/types.js';
import type { WriteOp } from '../../domain/ports/store.js';
import type { AppDeps } from '../deps.js';

export const MAX_SET_NAME = 100;

export interface BoundaryUploadSummary {
  boundarySet: string;
  areas: number;
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export async function uploadBoundaries(
  deps: AppDeps,
  personId: string,
  input: { set: string; file: unknown; options?: BoundaryFileOptions; channel: Channel },
): Promise<BoundaryUploadSummary> {
  const person = await deps.store.get('people', personId);
  if (!person?.fields.roles.includes('admin')) {
    throw new ForbiddenError('Only the performance team may upload boundaries');
  }
  const set = typeof input.set === 'string' ? input.set.trim() : '';
  if (set === '' || set.length > MAX_SET_NAME) {
    throw new ValidationError(
      `must be a name of 1 to ${MAX_SET_NAME} characters, e.g. Wards 2024`,
      'set',
    );
  }
  const areas = readBoundaryFile(input.file, input.options);
  const held = new Map(
    (await deps.store.query('areaBoundaries', { boundarySet: set })).map((a) => [
      a.fields.areaCode,
      a,
    ]),
  );
  const summary: BoundaryUploadSummary = {
    boundarySet: set,
    areas: areas.length,
    created: 0,
    updated: 0,
    removed: 0,
    unchanged: 0,
  };
  const ops: WriteOp[] = [];
  for (const area of areas) {
    const fields = { boundarySet: set, ...area };
    const was = held.get(area.areaCode);
    held.delete(area.areaCode);
    if (!was) {
      ops.push({ kind: 'create', list: 'areaBoundaries', fields });
      summary.created++;
    } else if (
      was.fields.areaName !== area.areaName ||
      JSON.stringify(was.fields.geometry) !== JSON.stringify(area.geometry)
    ) {
      ops.push({
        kind: 'update',
        list: 'areaBoundaries',
        id: was.id,
        version: was.version,
        patch: fields,
      });
      summary.updated++;
    } else summary.unchanged++;
  }
  for (const gone of held.values()) {
    ops.push({ kind: 'delete', list: 'areaBoundaries', id: gone.id, version: gone.version });
    summary.removed++;
  }
  if (ops.length) {
    await deps.store.writeMany(ops, {
      actorId: personId,
      channel: input.channel,
      event: 'boundaries.uploaded',
      note: `${set}: ${areas.length} areas`,
    });
  }
  return summary;
}
