// Who may read the strategic dashboard: it is the Leadership Team's (issue 17: risks above
// tolerance are escalated to it; Derbyshire's goes to Cabinet and the Corporate Management Team),
// so the Leadership Team and the performance team. Checked before any input is read, so anyone
// else is told 403 before anything about a date.
import { ForbiddenError } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';

export function mayReadStrategicDashboard(person: Pick<Person, 'roles'>): boolean {
  return person.roles.some((r) => r === 'leadership' || r === 'admin');
}

export function assertMayReadStrategicDashboard(person: Pick<Person, 'roles'> | null): void {
  if (!person || !mayReadStrategicDashboard(person)) {
    throw new ForbiddenError(
      'The strategic dashboard is for the Leadership Team: only the Leadership Team and the performance team may see it.',
    );
  }
}
