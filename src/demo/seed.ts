// Writes the demo council into a store in one all-or-nothing batch, so a half-seeded store never
// exists; the audit trail records it as the system's `demo.seeded` event.
import type { Store, WriteContext, WriteOp } from '../domain/ports/store.js';
import { buildDemoCouncil, type DemoCouncil, type DemoOptions } from './build.js';

export const DEMO_SEED_CONTEXT: WriteContext = {
  actorId: 'system',
  channel: 'system',
  event: 'demo.seeded',
};

export async function seedDemoCouncil(
  store: Store,
  opts: DemoOptions,
): Promise<DemoCouncil['summary']> {
  const council = buildDemoCouncil(opts);
  const ops: WriteOp[] = council.items.map((item) => ({
    kind: 'create',
    list: item.list,
    id: item.id,
    fields: item.fields,
  }));
  await store.writeMany(ops, DEMO_SEED_CONTEXT);
  return council.summary;
}
