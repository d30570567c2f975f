// Verified identities by token, so a tab that polls (the meeting stage, every 1.5 s) pays for one
// signature check and one person look-up per token rather than per request. A token's claims hold
// until it expires; the person (roles, name) is re-read every few minutes, so a role the
// performance team removes stops working within that time rather than at the token's expiry.
import { createHash } from 'node:crypto';
import type { Person } from '../../domain/model/types.js';

export const PERSON_TTL_MS = 5 * 60 * 1000;
const MAX_ENTRIES = 2000;

interface Entry {
  person: Person;
  /** The earlier of the token's expiry and the person's re-read. */
  until: number;
}

export class IdentityCache {
  private readonly entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  // A digest, not the token, is the key: nothing that could be replayed sits in memory twice.
  private key(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  get(token: string, now: number): Person | null {
    const k = this.key(token);
    const entry = this.entries.get(k);
    if (entry && entry.until > now) {
      this.hits++;
      return entry.person;
    }
    if (entry) this.entries.delete(k);
    this.misses++;
    return null;
  }

  set(token: string, person: Person, tokenExpiresAt: number, now: number): void {
    const until = Math.min(tokenExpiresAt, now + PERSON_TTL_MS);
    if (until <= now) return;
    // Map order is insertion order: the first key is the oldest entry.
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(this.key(token), { person, until });
  }
}
