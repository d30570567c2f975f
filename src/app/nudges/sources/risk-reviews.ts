// Risk reviews on a timetable (issue 17): a risk's owner is reminded, in the same digest as their
// returns, as its review date comes; an overdue review goes on to the performance team. The subject
// names the review date it is about (`<risk id>@<review date>`): a review moves the date on, so the
// old subject is no longer due (the "still due" check) and the next review is a subject of its own
// in the ledger. A closed risk is never reviewed. The digest item opens the review card.
import type { Indicator, Risk } from '../../../domain/model/types.js';
import type { Store, StoredItem } from '../../../domain/ports/store.js';
import { subjectOf } from './subject.js';
import { firstAdmin, toPerformanceTeam, type DueSubject, type SubjectSource } from './source.js';

export const RISK_REVIEW_LABEL = 'risk review';

/** One subject per risk and review date (risk ids never hold an `@`). */
export function riskReviewId(riskId: string, reviewDate: string): string {
  return `${riskId}@${reviewDate}`;
}

export function parseRiskReviewId(id: string): { riskId: string; reviewDate: string } {
  const at = id.lastIndexOf('@');
  return { riskId: id.slice(0, at), reviewDate: id.slice(at + 1) };
}

/** The risk as the reminder policy reads an indicator: only who is addressed, its code and title. */
function riskAsIndicator(item: StoredItem<Omit<Risk, 'id'>>, admin: string): Indicator {
  const r = item.fields;
  return {
    id: item.id,
    code: r.code,
    title: r.title,
    definition: r.description,
    procedure: { calculation: '', source: '', evidenceLocation: '', verification: '', url: null },
    unit: 'number',
    decimals: 0,
    polarity: 'none',
    frequency: 'quarterly',
    ytd: 'latest',
    scope: 'local',
    serviceId: null,
    objectiveIds: r.objectiveIds,
    collectorId: r.ownerId,
    responsibleId: admin,
    authoriserId: admin,
    escalationOwnerId: admin,
    benchmarks: [],
    contextOnly: false,
    published: false,
    retired: false,
    reminderPolicy: null,
    needsOwners: false,
  };
}

async function reviewOf(store: Store, id: string) {
  const { riskId, reviewDate } = parseRiskReviewId(id);
  const risk = await store.get('risks', riskId);
  const due = !!risk && risk.fields.status !== 'closed' && risk.fields.reviewDate === reviewDate;
  return { risk, due };
}

export const riskReviewSource: SubjectSource = {
  kind: 'risk-review',
  async due({ store, cat }) {
    const admin = firstAdmin(cat);
    if (!admin) return [];
    const out: DueSubject[] = [];
    for (const item of await store.query('risks')) {
      const r = item.fields;
      if (r.status === 'closed' || !cat.people.has(r.ownerId)) continue;
      out.push({
        entry: {
          returnId: subjectOf('risk-review', riskReviewId(item.id, r.reviewDate)),
          indicator: riskAsIndicator(item, admin),
          periodLabel: RISK_REVIEW_LABEL,
          dueDate: r.reviewDate,
          state: 'due',
        },
        version: item.version,
      });
    }
    return out;
  },
  async stillDue(store, id) {
    return (await reviewOf(store, id)).due;
  },
  async describe(store, id) {
    const { risk, due } = await reviewOf(store, id);
    return {
      code: risk?.fields.code ?? null,
      title: risk?.fields.title ?? null,
      label: risk ? RISK_REVIEW_LABEL : null,
      due,
    };
  },
  words: toPerformanceTeam,
};
