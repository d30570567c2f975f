// Who may do what to a deep-dive review (issue 16). Derbyshire's Corporate Management Team holds a
// deep dive where under-performance persists; here the performance team opens one (for any
// indicator, recording which committee asked when one did), names its lead officer and due date,
// and may reassign it — so an open review always has someone able to act, even when its lead has
// left the council (a retired person keeps no roles: src/app/admin/people-admin.ts). The lead
// (or their recorded delegate) and the performance team write the answers, findings and
// recommendations and link an action plan; either may close it, which needs findings and an
// outcome. A closed review is read-only. Reading is open to everyone who may see the indicator.
import type { DeepDiveReview, Person } from '../model/types.js';

export type DeepDiveRole = 'performance-team' | 'lead' | 'reader';

/** The fields only the performance team sets: what the review is, who leads it, by when. */
export const MANAGED_FIELDS = ['scope', 'leadOfficerId', 'dueDate', 'requestedBy'] as const;
/** The fields the lead officer writes as well. */
export const WRITTEN_FIELDS = ['answers', 'findings', 'recommendations', 'actionPlanId'] as const;

export type ManagedField = (typeof MANAGED_FIELDS)[number];
export type WrittenField = (typeof WRITTEN_FIELDS)[number];

/** A person who has left keeps their record but no roles, and can no longer act. */
export function hasLeft(person: Pick<Person, 'roles'> | undefined): boolean {
  return !person || person.roles.length === 0;
}

export function deepDiveRole(
  people: ReadonlyMap<string, Pick<Person, 'roles' | 'delegateId'>>,
  personId: string,
  review: Pick<DeepDiveReview, 'leadOfficerId'>,
): DeepDiveRole {
  const person = people.get(personId);
  if (hasLeft(person)) return 'reader';
  if (person!.roles.includes('admin')) return 'performance-team';
  const lead = people.get(review.leadOfficerId);
  if (personId === review.leadOfficerId) return 'lead';
  if (lead && !hasLeft(lead) && lead.delegateId === personId) return 'lead';
  return 'reader';
}

export interface DeepDivePermissions {
  /** Write the answers, findings and recommendations; link an action plan. */
  write: boolean;
  /** Change the scope, lead officer, due date or committee; reassign. */
  manage: boolean;
  close: boolean;
}

export function deepDivePermissions(
  role: DeepDiveRole,
  review: Pick<DeepDiveReview, 'status'>,
): DeepDivePermissions {
  const open = review.status === 'open';
  return {
    write: open && role !== 'reader',
    manage: open && role === 'performance-team',
    close: open && role !== 'reader',
  };
}
