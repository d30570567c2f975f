// What a review is, in words: where it stands, its lead (and that they have left, when they
// have), why it was asked for, when it started and is due, how many questions are answered.
import { FactsList } from '../../indicator/components/facts-list.js';
import type { DeepDiveView } from '../api/index.js';

export function reviewFacts(r: DeepDiveView): [string, string][] {
  const facts: [string, string][] = [
    ['Where it stands', r.standing],
    ['Lead officer', r.lead.hasLeft ? `${r.lead.name} (has left the council)` : r.lead.name],
    ['Why a deep dive', r.triggerWords],
    ['Started', r.requestedAtText],
    ['Due', r.dueDateText],
    ['Questions answered', `${r.answered} of ${r.questions.length}`],
    ['Scope', r.scope],
    ['Action plan', r.actionPlan?.label ?? 'None linked'],
  ];
  if (r.closedBy && r.closedAtText) {
    facts.push(['Closed', `${r.closedAtText} by ${r.closedBy.name}`]);
  }
  return facts;
}

export function ReviewFacts({ review }: { review: DeepDiveView }) {
  return <FactsList facts={reviewFacts(review)} />;
}
