// Admin is the performance team's: the API refuses anyone else with 403 before anything is read.
import { ForbiddenError } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';

export function requireAdmin(actor: Pick<Person, 'roles'>): void {
  if (!actor.roles.includes('admin')) {
    throw new ForbiddenError('Only the performance team may change the set-up');
  }
}

/** Who wrote, through the tab, under which event name: every admin write is audited. */
export function adminContext(actor: Pick<Person, 'id'>, event: string) {
  return { actorId: actor.id, channel: 'tab' as const, event };
}
