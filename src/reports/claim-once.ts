// Claims one card's posting (a quarter's, a strategic dashboard edition's): a settings item with a
// fixed id, which the store creates once and refuses (ConflictError) to any later or concurrent
// claim, across runs and servers. Returns the release (for when nothing could be posted, so a later
// try may claim it again), or null when it is already taken.
import type { AppDeps } from '../app/deps.js';
import { ConflictError } from '../domain/errors/errors.js';

const claimContext = { actorId: 'system', channel: 'system' as const };

export interface ClaimSpec {
  /** The settings item's id, e.g. `quarter-notice-2025-26-q2`. */
  id: string;
  /** Its key, e.g. `quarterNotice:2025/26 Q2`. */
  key: string;
  /** The audit events' stem, e.g. `quarter-notice`: `.claimed` and `.released`. */
  event: string;
}

export async function claimOnce(
  deps: AppDeps,
  spec: ClaimSpec,
): Promise<(() => Promise<void>) | null> {
  try {
    const claim = await deps.store.create(
      'settings',
      { key: spec.key, value: { claimedAt: deps.clock.now().toISOString() } },
      { ...claimContext, event: `${spec.event}.claimed` },
      spec.id,
    );
    return () =>
      deps.store.delete('settings', spec.id, claim.version, {
        ...claimContext,
        event: `${spec.event}.released`,
      });
  } catch (err) {
    if (err instanceof ConflictError) return null;
    throw err;
  }
}
