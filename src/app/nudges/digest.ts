// One digest per person per cycle (issue 4): everything due from them in one message, each item
// carrying what its card needs to be answered from the card.
import { createHash } from 'node:crypto';
import { compareIsoDates } from '../../domain/periods/index.js';
import type { PlannedReminder } from '../../domain/reminders/index.js';
import type { CycleData } from './gather.js';
import { parseSubject } from './sources/index.js';
import type { Digest, DigestItem } from './sender.js';

/** A short, stable fingerprint of the ledger keys a digest completes. */
export function digestMarker(keys: string[]): string {
  return createHash('sha256')
    .update([...keys].sort().join('\n'))
    .digest('hex')
    .slice(0, 16);
}

export function groupByRecipient(reminders: PlannedReminder[]): Map<string, PlannedReminder[]> {
  const by = new Map<string, PlannedReminder[]>();
  for (const r of reminders) {
    const list = by.get(r.recipientId) ?? [];
    list.push(r);
    by.set(r.recipientId, list);
  }
  return by;
}

export function buildDigest(
  recipientId: string,
  reminders: PlannedReminder[],
  data: CycleData,
): Digest {
  const items: DigestItem[] = [];
  for (const r of reminders) {
    const subject = data.subjects.get(r.returnId);
    if (!subject) continue;
    const { entry: ret, version, page } = subject;
    const { kind, id } = parseSubject(r.returnId);
    items.push({
      key: r.key,
      kind,
      returnId: id,
      version,
      stage: r.stage,
      reason: r.reason,
      indicatorCode: ret.indicator.code,
      indicatorTitle: ret.indicator.title,
      periodLabel: ret.periodLabel,
      dueDate: ret.dueDate,
      overdue: compareIsoDates(r.day, ret.dueDate) > 0,
      ask: r.stage.startsWith('escalate') ? 'chase' : 'enter',
      ...(page ? { page } : {}),
    });
  }
  return {
    recipientId,
    recipientName: data.cat.people.get(recipientId)?.name ?? '',
    marker: digestMarker(items.map((i) => i.key)),
    items,
  };
}
