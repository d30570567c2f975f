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

export function isConflict(e: unknown): boolean {
  return e instanceof ApiError && e.status === 409;
}
