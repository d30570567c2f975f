// listItem delta: the first call enumerates the list in pages and ends with @odata.deltaLink;
// calling that link later returns only what changed since, deleted items carrying a `deleted`
// facet. The feed gives each item's latest state, not every change.
// https://learn.microsoft.com/graph/api/listitem-delta
import { badRequest } from './errors.js';
import type { ItemRecord, ListRecord } from './model.js';

interface DeltaToken {
  /** Changes after this sequence number are still to be delivered. */
  after: number;
  /** The enumeration in progress covers changes up to this number; null for a deltaLink. */
  anchor: number | null;
}

export function encodeToken(token: DeltaToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(text: string | null): DeltaToken {
  if (text === null) return { after: 0, anchor: null };
  try {
    const token = JSON.parse(Buffer.from(text, 'base64url').toString()) as DeltaToken;
    if (typeof token.after === 'number') return token;
  } catch {
    // fall through to the refusal
  }
  throw badRequest('The delta token is not valid', 'resyncRequired');
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
export function deltaPage(list: ListRecord, tokenText: string | null, size: number): DeltaPage {
  const token = decodeToken(tokenText);
  const initial = tokenText === null;
  const anchor = token.anchor ?? list.changeSeq;
  const entries: { seq: number; entry: DeltaEntry }[] = [];
  for (const item of list.items.values()) {
    if (item.changeSeq > token.after && item.changeSeq <= anchor) {
      entries.push({ seq: item.changeSeq, entry: { item } });
    }
  }
  if (!initial) {
    for (const stone of list.tombstones) {
      if (stone.seq > token.after && stone.seq <= anchor) {
        entries.push({ seq: stone.seq, entry: { deletedId: stone.id } });
      }
    }
  }
  entries.sort((a, b) => a.seq - b.seq);
  const page = entries.slice(0, size);
  if (entries.length > size) {
    return {
      entries: page.map((e) => e.entry),
      next: { after: page[page.length - 1]!.seq, anchor },
      deltaLink: null,
    };
  }
  return {
    entries: page.map((e) => e.entry),
    next: null,
    deltaLink: { after: anchor, anchor: null },
  };
}
