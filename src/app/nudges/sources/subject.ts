// What a reminder is about. The nudge cycle plans every kind through the one reminder policy, so
// each gets a ledger subject of its own: a return's id as it is, the others prefixed, so their
// ledger keys (`<subject>|<stage>|<day>`) can never collide.
export type SubjectKind =
  | 'return'
  | 'key-action-update'
  | 'spot-check'
  | 'action-plan'
  | 'plan-approval'
  | 'risk-review'
  | 'deep-dive';

const PREFIX: Record<Exclude<SubjectKind, 'return'>, string> = {
  'key-action-update': 'ka:',
  'spot-check': 'sc:',
  'action-plan': 'ap:',
  'plan-approval': 'pa:',
  'risk-review': 'rr:',
  'deep-dive': 'dd:',
};

export function subjectOf(kind: SubjectKind, id: string): string {
  return kind === 'return' ? id : `${PREFIX[kind]}${id}`;
}

export function parseSubject(subject: string): { kind: SubjectKind; id: string } {
  for (const [kind, prefix] of Object.entries(PREFIX) as [SubjectKind, string][]) {
    if (subject.startsWith(prefix)) return { kind, id: subject.slice(prefix.length) };
  }
  return { kind: 'return', id: subject };
}

/**
 * An action plan is reminded on each of its own dates: `<plan id>#<n>` for its corrective action
 * n (until done), `<plan id>#due` for the plan's due date when it lists none (until closed).
 */
export function actionPlanDateId(planId: string, index: number | 'due'): string {
  return `${planId}#${index}`;
}

export function parseActionPlanDateId(id: string): { planId: string; index: number | 'due' } {
  const at = id.lastIndexOf('#');
  const tail = id.slice(at + 1);
  return { planId: id.slice(0, at), index: tail === 'due' ? 'due' : Number(tail) };
}
