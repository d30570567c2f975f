// Deep-dive reviews on their due dates (issue 16): the lead officer is reminded, in the same digest
// as their returns, as the review's due date comes (due soon, on the day, then overdue), and an
// overdue review goes on to the performance team. The subject names the due date it is about
// (`<review id>@<due date>`), so moving the date makes a fresh subject in the ledger and the old
// one is no longer due; a closed review is never reminded. A lead who has left the council is not
// reminded: the performance team is, so the review is never left with nobody to act. The digest
// item opens the review's card, which links to the indicator's page in the tab.
import { hasLeft } from '../../../domain/deep-dives/index.js';
import type { Indicator } from '../../../domain/model/types.js';
import type { Store } from '../../../domain/ports/store.js';
import { subjectOf } from './subject.js';
import {
  addressedAs,
  firstAdmin,
  toPerformanceTeam,
  type DueSubject,
  type SubjectSource,
} from './source.js';

export const DEEP_DIVE_LABEL = 'deep-dive review';

/** One subject per review and due date (review ids never hold an `@`). */
export function deepDiveSubjectId(reviewId: string, dueDate: string): string {
  return `${reviewId}@${dueDate}`;
}

export function parseDeepDiveSubjectId(id: string): { reviewId: string; dueDate: string } {
  const at = id.lastIndexOf('@');
  return { reviewId: id.slice(0, at), dueDate: id.slice(at + 1) };
}

async function reviewOf(store: Store, id: string) {
  const { reviewId, dueDate } = parseDeepDiveSubjectId(id);
  const review = await store.get('deepDiveReviews', reviewId);
  const due = !!review && review.fields.status === 'open' && review.fields.dueDate === dueDate;
  return { review, due };
}

/** The indicator's page, where the review's section is: the card's link to the tab. */
export function deepDivePage(indicator: Pick<Indicator, 'code'>): string {
  return `indicators/${encodeURIComponent(indicator.code)}`;
}

export const deepDiveSource: SubjectSource = {
  kind: 'deep-dive',
  async due({ store, cat }) {
    const admin = firstAdmin(cat);
    if (!admin) return [];
    const out: DueSubject[] = [];
    for (const item of await store.query('deepDiveReviews', { status: 'open' })) {
      const r = item.fields;
      const indicator = cat.indicators.get(r.indicatorId);
      if (!indicator) continue;
      const lead = hasLeft(cat.people.get(r.leadOfficerId)) ? admin : r.leadOfficerId;
      out.push({
        entry: {
          returnId: subjectOf('deep-dive', deepDiveSubjectId(item.id, r.dueDate)),
          indicator: addressedAs(indicator, {
            collectorId: lead,
            responsibleId: admin,
            authoriserId: admin,
            escalationOwnerId: admin,
          }),
          periodLabel: DEEP_DIVE_LABEL,
          dueDate: r.dueDate,
          state: 'due',
        },
        version: item.version,
        page: deepDivePage(indicator),
      });
    }
    return out;
  },
  async stillDue(store, id) {
    return (await reviewOf(store, id)).due;
  },
  async describe(store, id) {
    const { review, due } = await reviewOf(store, id);
    const indicator = review && (await store.get('indicators', review.fields.indicatorId));
    return {
      code: indicator?.fields.code ?? null,
      title: indicator?.fields.title ?? null,
      label: review ? DEEP_DIVE_LABEL : null,
      due,
    };
  },
  words: toPerformanceTeam,
};
