// Who approves an action plan under the council's rule (issue 14; King's Lynn's panel approves
// plans): nobody, the indicator's Authorising Officer (or their delegate), or any member of a named
// panel. The plan's owner never approves their own plan, and when that leaves nobody the
// performance team approves, so no plan waits for ever.
import type { ActionPlan, ActionPlanApproval, ActionPlanApprovalRule } from '../model/types.js';

export interface ApprovalPeople {
  authoriserId: string;
  delegateOf: (personId: string) => string | null;
  adminIds: readonly string[];
}

/** What a new plan's approval starts as. */
export function approvalAtStart(rule: ActionPlanApprovalRule): ActionPlanApproval {
  return rule.kind === 'none' ? 'not-needed' : 'pending';
}

/** The people who may approve this plan now; empty when no approval is needed or it is decided. */
export function approversOf(
  rule: ActionPlanApprovalRule,
  plan: Pick<ActionPlan, 'ownerId' | 'approval' | 'status'>,
  people: ApprovalPeople,
): string[] {
  if (rule.kind === 'none' || plan.approval !== 'pending' || plan.status !== 'open') return [];
  const named =
    rule.kind === 'authoriser'
      ? [people.authoriserId, people.delegateOf(people.authoriserId)]
      : rule.memberIds;
  const eligible = unique(named).filter((id) => id !== plan.ownerId);
  if (eligible.length) return eligible;
  return unique(people.adminIds).filter((id) => id !== plan.ownerId);
}

/** Who approves, in words: "the Authorising Officer" or the panel's name. */
export function approverWords(rule: ActionPlanApprovalRule): string | null {
  if (rule.kind === 'none') return null;
  return rule.kind === 'authoriser' ? 'the Authorising Officer' : `the ${rule.name}`;
}

export const APPROVAL_WORDS: Record<ActionPlanApproval, string> = {
  'not-needed': 'No approval needed',
  pending: 'Awaiting approval',
  approved: 'Approved',
  rejected: 'Not approved',
};

function unique(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
}
