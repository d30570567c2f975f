// A failed save, as the form shows it: a message per field (400), or one message for the page
// (409 someone else changed it; 403; anything else).
import { ApiError } from '../../../shared/api/index.js';

export interface SaveFailure {
  fields: Record<string, string>;
  message: string | null;
  conflict: boolean;
}

export function saveFailure(e: unknown): SaveFailure {
  if (e instanceof ApiError && e.status === 400 && e.body.problems?.length) {
    return {
      fields: Object.fromEntries(e.body.problems.map((p) => [p.field, p.message])),
      message: 'Some details need correcting: see the marked fields.',
      conflict: false,
    };
  }
  const conflict = e instanceof ApiError && e.status === 409;
  return { fields: {}, message: e instanceof Error ? e.message : String(e), conflict };
}
