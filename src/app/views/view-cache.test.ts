import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import type { AppDeps } from '../deps.js';
import { createViewCache } from './view-cache.js';

const SYSTEM = { actorId: 'system', channel: 'import' as const };

function setUp(now = '2026-03-31T22:30:00Z') {
  const deps = { clock: { now: () => new Date(now) } } as AppDeps;
  deps.store = openSqliteStore({ file: ':memory:' });
  const views = createViewCache({ maxEntries: 2 });
  let runs = 0;
  // A view over one list: the names of the directorates.
  const names = (d: AppDeps) => {
    runs += 1;
    return d.store
      .query('directorates')
      .then((items) => ({ names: items.map((i) => i.fields.name) }));
  };
  const read = (args: unknown[] = []) => views.read(deps, 'names', args, names);
  const addDirectorate = (name: string) =>
    deps.store.create('directorates', { name, directorId: null }, SYSTEM);
  return { deps, views, read, addDirectorate, runs: () => runs };
}

describe('the view cache', () => {
  it('serves the same value until a list the view read changes, and not for other lists', async () => {
    const t = setUp();
    await t.addDirectorate('Place');
    const first = await t.read();
    expect(await t.read()).toBe(first);
    await t.deps.store.create('settings', { key: 'k', value: 'v' }, SYSTEM);
    expect(await t.read()).toBe(first);
    expect(t.runs()).toBe(1);
    await t.addDirectorate('People');
    const after = await t.read();
    expect(after.names).toEqual(['Place', 'People']);
    expect(t.runs()).toBe(2);
  });

  it('shares one computation between concurrent readers', async () => {
    const t = setUp();
    const all = await Promise.all([t.read(), t.read(), t.read()]);
    expect(new Set(all).size).toBe(1);
    expect(t.runs()).toBe(1);
  });

  it("asks only for the tokens of the lists a view's first computation reads", async () => {
    const t = setUp();
    const asked = new Set<string>();
    const inner = t.deps.store;
    t.deps.store = {
      ...inner,
      changeToken: (lists) => (lists.forEach((l) => asked.add(l)), inner.changeToken(lists)),
    };
    await t.read();
    await t.read();
    expect([...asked]).toEqual(['directorates']);
    expect(t.runs()).toBe(1);
  });

  it('does not keep a first computation whose list changed while it ran, nor give it to a later reader', async () => {
    const t = setUp();
    await t.addDirectorate('Place');
    // The first computation reads, then a change lands before it ends.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = async (d: AppDeps) => {
      const items = await d.store.query('directorates');
      await held;
      return items.map((i) => i.fields.name);
    };
    const first = t.views.read(t.deps, 'slow', [], slow);
    await new Promise((resolve) => setImmediate(resolve));
    await t.addDirectorate('People');
    const later = t.views.read(t.deps, 'slow', [], slow);
    release();
    expect(await first).toEqual(['Place']);
    expect(await later).toEqual(['Place', 'People']);
  });

  it('computes again on a new London day, when ratings and due dates move', async () => {
    const t = setUp('2026-03-31T22:30:00Z'); // 23:30 on 31/03 in London (BST)
    const before = await t.read();
    t.deps.clock = { now: () => new Date('2026-03-31T23:10:00Z') }; // 00:10 on 01/04
    expect(await t.read()).not.toBe(before);
    expect(t.runs()).toBe(2);
  });

  it('keeps separate values per arguments, and forgets the least recently used beyond its bound', async () => {
    const t = setUp();
    const a = await t.read(['a']);
    await t.read(['b']);
    expect(await t.read(['a'])).toBe(a);
    await t.read(['c']); // b is the least recently used: it goes
    expect(t.views.stats().entries).toBe(2);
    const runs = t.runs();
    await t.read(['b']);
    expect(t.runs()).toBe(runs + 1);
  });

  it('does not keep a computation that failed, or one that wrote', async () => {
    const t = setUp();
    let fail = true;
    const flaky = () =>
      fail ? Promise.reject(new Error('store unreachable')) : Promise.resolve(1);
    await expect(t.views.read(t.deps, 'flaky', [], flaky)).rejects.toThrow('store unreachable');
    fail = false;
    expect(await t.views.read(t.deps, 'flaky', [], flaky)).toBe(1);

    let writes = 0;
    const writing = async (d: AppDeps) => {
      writes += 1;
      await d.store.create('directorates', { name: `W${writes}`, directorId: null }, SYSTEM);
      return writes;
    };
    await t.views.read(t.deps, 'writing', [], writing);
    await t.views.read(t.deps, 'writing', [], writing);
    expect(writes).toBe(2);
  });
});
