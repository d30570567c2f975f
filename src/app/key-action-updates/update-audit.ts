// A key-action update's audit trail, with the before and after of every change (issue 15, as for
// returns): readable by the action's owner and the service head who checks it (and their
// delegates), the Leadership Team and the performance team; anyone else is refused before
// anything is read.
import type { AuditEntry } from '../../domain/model/types.js';
import { ForbiddenError } from '../../domain/errors/errors.js';
import type { AppDeps } from '../deps.js';
import { loadUpdate } from './load.js';
import { rolesFor } from './roles.js';

export async function keyActionUpdateAudit(
  deps: AppDeps,
  viewerId: string,
  updateId: string,
): Promise<AuditEntry[]> {
  const l = await loadUpdate(deps, updateId);
  const roles = rolesFor(l.cat, viewerId, l.action, l.plan);
  const person = l.cat.people.get(viewerId);
  const leads = person?.roles.includes('leadership') ?? false;
  if (!roles.mayEnter && !roles.mayCheck && !leads) {
    throw new ForbiddenError(
      `Only ${l.action.code}'s owner, the service head who checks it, their delegates, the Leadership Team or the performance team may read its audit trail`,
    );
  }
  return deps.store.audit({ list: 'keyActionUpdates', itemId: updateId });
}
