// The basis a leaders' view counts on. By default only authorised figures are rated and counted
// (as in every report), so a figure nobody has checked is never shown as final; the Leadership
// Team and the performance team may ask to include provisional figures, and the view says so.
import { ForbiddenError } from '../../domain/errors/errors.js';
import type { IndicatorReturn, Person } from '../../domain/model/types.js';
import { provisionalLabel } from '../../domain/workflow/provisional.js';
import type { StatusOptions } from './indicator-status.js';

export type Basis = 'authorised' | 'all';

export interface BasisChoice {
  /** Count figures entered but not yet authorised as well (Leadership Team and admin only). */
  includeProvisional?: boolean;
}

export function basisOf(choice: BasisChoice = {}): Basis {
  return choice.includeProvisional ? 'all' : 'authorised';
}

export function statusOptionsFor(basis: Basis): StatusOptions {
  return { authorisedOnly: basis === 'authorised' };
}

/** Checked before anything is read: only leaders and the performance team may see provisional counts. */
export function assertMayIncludeProvisional(person: Pick<Person, 'roles'>): void {
  if (!person.roles.some((r) => r === 'leadership' || r === 'admin')) {
    throw new ForbiddenError(
      'only the Leadership Team and the performance team may include provisional figures',
    );
  }
}

/** A figure entered (or marked not available) whose return is not yet authorised. */
export function isProvisional(
  ret: Pick<IndicatorReturn, 'state' | 'value' | 'notAvailableReason'> | null,
): boolean {
  if (!ret || ret.state === 'authorised') return false;
  return ret.state !== 'due' || ret.value !== null || !!ret.notAvailableReason;
}

/** The words shown beside a provisional figure (null when it is not provisional). */
export function provisionalWords(
  ret: Pick<IndicatorReturn, 'state' | 'value' | 'notAvailableReason'> | null,
): string | null {
  if (!ret || !isProvisional(ret)) return null;
  return provisionalLabel(ret.state) ?? 'provisional — not yet sent for checking';
}
