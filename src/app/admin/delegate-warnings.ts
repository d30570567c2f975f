// A delegate is checked when it is set (issue 14: no dead ends): someone who collects an indicator
// can never check or authorise that same figure, so when they stand in for its Responsible or
// Authorising Officer the step goes past them. Set-up warns (it does not refuse: the delegate may
// still cover everything else) and names who the step will go to instead.
import type { Person } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';

export async function delegateWarnings(
  deps: AppDeps,
  personId: string,
  delegateId: string | null,
): Promise<string[]> {
  if (delegateId === null || delegateId === personId) return [];
  const people = new Map(
    (await deps.store.query('people', {})).map((p) => [p.id, { ...p.fields, id: p.id } as Person]),
  );
  const delegate = people.get(delegateId);
  if (!delegate) return [];
  const indicators = (await deps.store.query('indicators', { retired: false }))
    .map((i) => i.fields)
    .filter((i) => i.collectorId === delegateId)
    .sort((a, b) => a.code.localeCompare(b.code));
  const warnings: string[] = [];
  for (const i of indicators) {
    const steps = [
      i.responsibleId === personId ? 'check' : null,
      i.authoriserId === personId ? 'authorise' : null,
    ].filter((s) => s !== null);
    if (steps.length === 0) continue;
    // The escalation owner takes it when free of it; otherwise the performance team.
    const owner = i.escalationOwnerId !== delegateId ? people.get(i.escalationOwnerId) : undefined;
    const to = owner?.name ?? 'the performance team';
    warnings.push(
      `${delegate.name} collects ${i.code}, so cannot ${steps.join(' or ')} it; it will go to ${to} instead.`,
    );
  }
  return warnings;
}
