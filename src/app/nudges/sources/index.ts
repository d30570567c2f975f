// Every kind of thing the nudge cycle reminds people of, in one list: the cycle, the digest and the
// delivery log look a subject's kind up here rather than each knowing every kind.
import { actionPlanSource } from './action-plans.js';
import { deepDiveSource } from './deep-dives.js';
import { keyActionUpdateSource } from './key-action-updates.js';
import { planApprovalSource } from './plan-approvals.js';
import { returnSource } from './returns.js';
import { riskReviewSource } from './risk-reviews.js';
import type { SubjectSource } from './source.js';
import { spotCheckSource } from './spot-checks.js';
import { parseSubject, type SubjectKind } from './subject.js';

export const SOURCES: readonly SubjectSource[] = [
  returnSource,
  keyActionUpdateSource,
  spotCheckSource,
  actionPlanSource,
  planApprovalSource,
  riskReviewSource,
  deepDiveSource,
];

const BY_KIND = new Map<SubjectKind, SubjectSource>(SOURCES.map((s) => [s.kind, s]));

/** The source a ledger subject belongs to, and the id within it. */
export function sourceOf(subject: string): { source: SubjectSource; id: string } {
  const { kind, id } = parseSubject(subject);
  return { source: BY_KIND.get(kind)!, id };
}

export { spotCheckDueDate, SPOT_CHECK_DAYS } from './spot-checks.js';
export { planApprovalDueDate, planApprovalId, planOfApproval } from './plan-approvals.js';
export { DEEP_DIVE_LABEL, deepDiveSubjectId, parseDeepDiveSubjectId } from './deep-dives.js';
export { parseRiskReviewId, riskReviewId, RISK_REVIEW_LABEL } from './risk-reviews.js';
export { actionPlanDateId, parseSubject, subjectOf, type SubjectKind } from './subject.js';
export type { DueSubject, GatherContext, SubjectDescription, SubjectSource } from './source.js';
