import { describe, expect, it } from 'vitest';
import type { Store } from '../../domain/ports/store.js';
import { demoAt } from '../../../test/support/demo-at.js';
import { readOnce } from './read-once.js';

/** The real store, with its reads counted. */
function counted(store: Store): { store: Store; reads: () => number } {
  let n = 0;
  const query: Store['query'] = (list, filter, options) => {
    n += 1;
    return store.query(list, filter, options);
  };
  return {
    store: new Proxy(store, {
      get: (t, p) => (p === 'query' ? query : (Reflect.get(t, p) as unknown)),
    }),
    reads: () => n,
  };
}

describe('readOnce', () => {
  it('reads each distinct query once and hands every caller the same items', async () => {
    const deps = await demoAt();
    const { store, reads } = counted(deps.store);
    const once = readOnce(store);
    const [a, b] = await Promise.all([
      once.query('returns', { periodKey: '2025-06' }),
      once.query('returns', { periodKey: '2025-06' }),
    ]);
    const c = await once.query('returns', { periodKey: '2025-05' });
    expect(reads()).toBe(2);
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(0);
    expect(c.every((r) => r.fields.periodKey === '2025-05')).toBe(true);
    // Everything else is the store's own.
    expect((await once.get('returns', a[0]!.id))?.id).toBe(a[0]!.id);
  });
});
