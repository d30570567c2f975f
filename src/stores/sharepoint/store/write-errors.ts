// The one failure the embedded store never has: a multi-item write on SharePoint that could
// neither finish nor be fully undone (for example Graph went away mid-write and did not come
// back). It names exactly what is on the site, so nothing is half-written without the caller
// knowing.
import type { WriteOp, WriteResult } from '../../../domain/ports/store.js';

export class IncompleteWriteError extends Error {
  constructor(
    message: string,
    /** Operations that landed and were not undone. */
    readonly landed: WriteResult[],
    /** Operations whose outcome could not be read back (they may or may not have landed). */
    readonly unknown: WriteOp[],
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'IncompleteWriteError';
  }
}

/**
 * A write refused 412 (its If-Match named a version that has moved on) while the store may
 * still re-plan it: writeMany plans from its snapshot, which can be stale, so it refreshes the
 * lists and tries once more before reporting a ConflictError. Never leaves the store.
 */
export class StaleWriteError extends Error {
  constructor(
    readonly list: string,
    readonly id: string,
  ) {
    super(`${list} item ${id} was written from a stale snapshot`);
    this.name = 'StaleWriteError';
  }
}
