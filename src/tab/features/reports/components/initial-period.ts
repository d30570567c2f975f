// Which period a report's picker starts on: the one a link named (`#/reports?period=…`, from the
// quarter-complete card) when it is of the picker's kind, else the latest period that has ended.
import type { Period } from '../../../shared/api/index.js';
import type { ReportKindInfo } from './report-kinds.js';

type Kind = ReportKindInfo['period'];

/** `Q2 2025/26` (how people write it) → `2025/26 Q2` (the key); anything else unchanged. */
export function periodKeyOf(text: string): string {
  const t = text.trim();
  const label = /^(Q[1-4]) (\d{4}\/\d{2})$/i.exec(t);
  return label ? `${label[2]} ${label[1]!.toUpperCase()}` : t;
}

/**
 * The picker a linked period belongs to. A key that is neither a month nor a year goes to the
 * quarter pickers, as the link is for the quarterly reports: an unreadable one is then shown as it
 * was given, and the server's answer says what is wrong with it.
 */
export function kindOfKey(key: string): Kind {
  if (/^\d{4}-\d{2}$/.test(key)) return 'month';
  if (/^\d{4}\/\d{2}$/.test(key)) return 'year';
  return 'quarter';
}

export function initialPeriod(
  kind: Kind,
  choices: readonly Period[],
  today: string,
  fromLink?: string,
): string {
  const linked = fromLink ? periodKeyOf(fromLink) : '';
  if (linked && kindOfKey(linked) === kind) return linked;
  const ended = choices.find((p) => p.end < today);
  return (ended ?? choices[0])?.key ?? '';
}
