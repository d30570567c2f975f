// The port the nudge cycle sends through (the bot implements it over the Bot Framework connector;
// tests and the benchmark over a local stand-in). One digest per person per cycle.
import type { PlannedStage } from '../../domain/reminders/index.js';
import type { SubjectKind } from './sources/index.js';

export interface DigestItem {
  key: string;
  /** A return, a key action's progress update (issue 13), a spot check or an action-plan date. */
  kind: SubjectKind;
  /** The id of the return, key-action update, spot check or action-plan date (by kind). */
  returnId: string;
  /** The tab page that answers it (`spot-checks?period=…`), for kinds a card cannot answer. */
  page?: string;
  /** The version the card's buttons carry (a stale card is refused, not applied). */
  version: string;
  stage: PlannedStage;
  reason: string;
  /** The indicator's code and title, or the key action's. */
  indicatorCode: string;
  indicatorTitle: string;
  periodLabel: string;
  dueDate: string;
  overdue: boolean;
  /** What the recipient is asked to do: enter it, or (escalations) chase it. */
  ask: 'enter' | 'chase';
}

export interface Digest {
  recipientId: string;
  recipientName: string;
  /** Ledger keys, hashed: lets a reconciler find the message again after a crash. */
  marker: string;
  items: DigestItem[];
}

export type SendOutcome =
  | { kind: 'sent'; activityId: string | null }
  /** 429: Retry-After in ms when Teams gave one. */
  | { kind: 'throttled'; retryAfterMs: number | null; message: string }
  /** 5xx (and 412/502/504, which the Teams page says to retry), network errors. */
  | { kind: 'transient'; status: number | null; message: string }
  /** 403/404 and other 4xx: the person left or removed the app; retrying will not help. */
  | { kind: 'permanent'; status: number | null; message: string };

export interface DigestSender {
  send(digest: Digest): Promise<SendOutcome>;
  /**
   * Optional: was a digest with this marker already delivered to the person? `null` when it
   * cannot tell. Real Teams offers no such look-up to a bot (see README "Exactly once").
   */
  wasDelivered?(recipientId: string, marker: string): Promise<boolean | null>;
}

/** Classify an HTTP status from the connector. */
export function outcomeForStatus(
  status: number | null,
  message: string,
  retryAfterMs: number | null = null,
): SendOutcome {
  if (status === 429) return { kind: 'throttled', retryAfterMs, message };
  if (status === null || status >= 500 || status === 412 || status === 408) {
    return { kind: 'transient', status, message };
  }
  return { kind: 'permanent', status, message };
}

/** `Retry-After` as seconds or an HTTP date → ms (null when absent or unreadable). */
export function retryAfterMs(header: string | null | undefined, nowMs = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
