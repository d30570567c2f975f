// listItem delta: the first call enumerates the list in pages and ends with @odata.deltaLink;
// calling that link later returns only what changed since, deleted items carrying a `deleted`
// facet. The feed gives each item's latest state, not each change.
// https://learn.microsoft.com/graph/api/listitem-delta
// - The state token carries the first request's query options ($select, $expand, $top), so the
//   links are `…/items/delta?token=…` alone, as in the documentation's samples: "The state tokens
//   also encode and include other query parameters (such as $select) specified in the initial
//   delta query request" (https://learn.microsoft.com/graph/delta-query-overview, State tokens).
// - A token can expire: Graph answers 410 Gone, an error naming `resyncChangesApplyDifferences` or
//   `resyncChangesUploadDifferences`, and a `Location` header holding a nextLink that starts a
//   fresh enumeration (listitem-delta, Response; driveitem-delta gives the error shape). The
//   emulator expires every token a list has issued when told to (GraphEmulator.expireDeltaTokens).
import { badRequest, GraphHttpError } from './errors.js';
import type { ItemRecord, ListRecord } from './model.js';

export interface DeltaToken {
  /** Changes after this sequence number are still to be delivered. */
  after: number;
  /** The enumeration in progress covers changes up to this number; null for a deltaLink. */
  anchor: number | null;
  /** A first (full) enumeration: the current items, no deletions. */
  full: boolean;
  /** The list's delta epoch when the token was issued. */
  epoch: number;
  /** The first request's query string (without `token`). */
  query: string;
}

export function encodeToken(token: DeltaToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

export function decodeToken(text: string): DeltaToken {
  try {
    const token = JSON.parse(Buffer.from(text, 'base64url').toString()) as DeltaToken;
    if (typeof token.after === 'number' && typeof token.query === 'string') return token;
  } catch {
    // fall through to the refusal
  }
  throw badRequest('The delta token is not valid', 'resyncRequired');
}

/** A fresh enumeration's first token, for `query`. */
export function freshToken(list: ListRecord, query: string): DeltaToken {
  return { after: 0, anchor: null, full: true, epoch: list.deltaEpoch, query };
}

/** 410 Gone for a token older than the list's epoch, with a Location that starts afresh. */
export function assertCurrent(list: ListRecord, token: DeltaToken, restart: string): void {
  if (token.epoch >= list.deltaEpoch) return;
  throw new GraphHttpError(
    410,
    'resyncRequired',
    `The delta token has expired: ${list.resyncCode}. Enumerate the list again.`,
    { location: restart },
    { code: list.resyncCode },
  );
}

export type DeltaEntry = { item: ItemRecord } | { deletedId: number };

export interface DeltaPage {
  entries: DeltaEntry[];
  next: DeltaToken | null;
  deltaLink: DeltaToken | null;
}

/**
 * One page of the feed. Entries are ordered by change sequence and paged by the last sequence
 * delivered, so an item changed again mid-enumeration moves past the anchor and comes in the
 * next round instead of being skipped.
 */
export function deltaPage(list: ListRecord, token: DeltaToken, size: number): DeltaPage {
  const anchor = token.anchor ?? list.changeSeq;
  const entries: { seq: number; entry: DeltaEntry }[] = [];
  for (const item of list.items.values()) {
    if (item.changeSeq > token.after && item.changeSeq <= anchor) {
      entries.push({ seq: item.changeSeq, entry: { item } });
    }
  }
  if (!token.full) {
    for (const stone of list.tombstones) {
      if (stone.seq > token.after && stone.seq <= anchor) {
        entries.push({ seq: stone.seq, entry: { deletedId: stone.id } });
      }
    }
  }
  entries.sort((a, b) => a.seq - b.seq);
  const page = entries.slice(0, size);
  const base = { epoch: token.epoch, query: token.query };
  if (entries.length > size) {
    return {
      entries: page.map((e) => e.entry),
      next: { ...base, after: page[page.length - 1]!.seq, anchor, full: token.full },
      deltaLink: null,
    };
  }
  return {
    entries: page.map((e) => e.entry),
    next: null,
    deltaLink: { ...base, after: anchor, anchor: null, full: false },
  };
}
