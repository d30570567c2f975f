// The cycle's lease: one item in `leases`, taken and renewed only through the store's optimistic
// concurrency (create with a fixed id, update naming the version read), so of two instances racing
// for it one gets a ConflictError and backs off. A holder that dies stops renewing, and once
// `expiresAt` has passed the next instance takes the lease over.
import { ConflictError } from '../../domain/errors/errors.js';
import type { Store, WriteContext } from '../../domain/ports/store.js';

const CTX: WriteContext = { actorId: 'system', channel: 'system', event: 'nudge.lease' };

export class LeaseLostError extends Error {
  constructor(name: string) {
    super(`the lease ${name} was taken over by another instance`);
    this.name = 'LeaseLostError';
  }
}

export interface Lease {
  readonly name: string;
  readonly holder: string;
  /** Extends the lease when under half of it is left; throws LeaseLostError when it was lost. */
  renew(nowMs: number): Promise<void>;
  release(nowMs: number): Promise<void>;
}

export async function acquireLease(
  store: Store,
  name: string,
  holder: string,
  ttlMs: number,
  nowMs: number,
): Promise<Lease | null> {
  const expiresAt = (ms: number) => new Date(ms + ttlMs).toISOString();
  let version: string;
  let expires = nowMs + ttlMs;
  try {
    const existing = await store.get('leases', name);
    if (!existing) {
      version = (
        await store.create('leases', { name, holder, expiresAt: expiresAt(nowMs) }, CTX, name)
      ).version;
    } else {
      const live = Date.parse(existing.fields.expiresAt) > nowMs;
      if (live && existing.fields.holder !== holder) return null;
      version = (
        await store.update(
          'leases',
          name,
          existing.version,
          { holder, expiresAt: expiresAt(nowMs) },
          CTX,
        )
      ).version;
    }
  } catch (err) {
    if (err instanceof ConflictError) return null;
    throw err;
  }
  return {
    name,
    holder,
    async renew(now) {
      if (expires - now > ttlMs / 2) return;
      try {
        version = (await store.update('leases', name, version, { expiresAt: expiresAt(now) }, CTX))
          .version;
        expires = now + ttlMs;
      } catch (err) {
        if (err instanceof ConflictError) throw new LeaseLostError(name);
        throw err;
      }
    },
    async release(now) {
      try {
        await store.update(
          'leases',
          name,
          version,
          { holder: '', expiresAt: new Date(now).toISOString() },
          CTX,
        );
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    },
  };
}
