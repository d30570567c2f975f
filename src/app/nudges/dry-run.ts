// `golden-thread nudge --dry-run`: who would be reminded of what at a moment, and why — the same
// plan the cycle sends, without claiming or sending anything.
import type { NudgePlan } from '../../domain/reminders/index.js';
import type { Store } from '../../domain/ports/store.js';
import { gatherCycle } from './gather.js';
import { planCycle } from './plan-cycle.js';

export interface DryRunLine {
  recipientId: string;
  recipientName: string;
  items: Array<{ key: string; stage: string; reason: string; already: string | null }>;
}

export interface DryRun {
  plan: NudgePlan;
  people: DryRunLine[];
  held: Array<{ recipientName: string; reason: string; why: string }>;
}

export async function dryRunNudges(store: Store, at: string): Promise<DryRun> {
  const data = await gatherCycle(store, at);
  const plan = planCycle(data.input);
  const name = (id: string | null) => (id ? (data.cat.people.get(id)?.name ?? id) : 'nobody');
  const byPerson = new Map<string, DryRunLine>();
  for (const r of plan.reminders) {
    const line = byPerson.get(r.recipientId) ?? {
      recipientId: r.recipientId,
      recipientName: name(r.recipientId),
      items: [],
    };
    const entry = await store.get('reminderLedger', r.key);
    line.items.push({
      key: r.key,
      stage: r.stage,
      reason: r.reason,
      already: entry ? entry.fields.status : null,
    });
    byPerson.set(r.recipientId, line);
  }
  return {
    plan,
    people: [...byPerson.values()].sort((a, b) => a.recipientName.localeCompare(b.recipientName)),
    held: plan.held.map((h) => ({
      recipientName: name(h.recipientId),
      reason: h.reason,
      why: h.why,
    })),
  };
}
