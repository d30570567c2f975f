// Plain words for the answers a workflow action can get back (server: http/errors.ts).
import { ApiError } from '../../../shared/api/index.js';

export function describeFailure(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === 409)
      return 'Someone changed this first. It has been reloaded; please look again.';
    if (e.status === 403) return `You cannot do that: ${e.body.message}`;
    return e.body.message;
  }
  return e instanceof Error ? e.message : String(e);
}

/** A 400 naming fields: each field's first message, to show by its field; null for anything else. */
export function fieldProblems(e: unknown): Record<string, string> | null {
  if (!(e instanceof ApiError) || e.status !== 400 || !e.body.problems?.length) return null;
  return Object.fromEntries(e.body.problems.map((p) => [p.field, p.message]));
}

export function isConflict(e: unknown): boolean {
  return e instanceof ApiError && e.status === 409;
}

/**
 * A 409: someone else moved the return on while this person had it open. Said at the top of My
 * work, because the card it happened in is redrawn (or gone) once the list is reloaded, and says
 * what was not saved so nothing is lost silently.
 */
export function conflictMessage(what: string, notSaved: string): string {
  return `${what} was changed by someone else while you had it open, so ${notSaved} was not saved. My work now shows the latest: please look again.`;
}
