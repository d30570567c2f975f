// The server's refusals of a change to a plan, in words by the field they concern.
import { ApiError } from '../../../shared/api/index.js';

export function failureText(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === 409)
      return 'Someone changed this plan first. It has been reloaded: please look again.';
    if (e.status === 403) return `You cannot do that: ${e.body.message}`;
    const problems = e.body.problems?.map((p) => p.message).join('; ');
    return problems || e.body.message;
  }
  return e instanceof Error ? e.message : String(e);
}

/** The message the server gave for one field (400), if it named it. */
export function fieldFailure(e: unknown, field: string): string | undefined {
  return e instanceof ApiError ? e.problemFor(field) : undefined;
}

export function isConflict(e: unknown): boolean {
  return e instanceof ApiError && e.status === 409;
}
