import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import { loadCatalogue } from './catalogue.js';
import { tempDir } from '../../../test/support/temp-dir.js';

const SYSTEM = { actorId: 'system', channel: 'import' as const };

describe('loadCatalogue', () => {
  it('is read once while its lists are unchanged, and again after any change to one of them', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    await store.create('directorates', { name: 'Place', directorId: null }, SYSTEM);
    const first = await loadCatalogue(store);
    expect(await loadCatalogue(store)).toBe(first);
    // A list the catalogue does not hold changes nothing.
    await store.create('settings', { key: 'k', value: 1 }, SYSTEM);
    expect(await loadCatalogue(store)).toBe(first);
    await store.create('directorates', { name: 'People', directorId: null }, SYSTEM);
    const after = await loadCatalogue(store);
    expect(after).not.toBe(first);
    expect([...after.directorates.values()].map((d) => d.name)).toEqual(['Place', 'People']);
  });

  it('sees a change made by another connection to the same file', async () => {
    const dir = tempDir('gt-catalogue-');
    const file = dir.path('catalogue.db');
    const mine = openSqliteStore({ file });
    const theirs = openSqliteStore({ file });
    try {
      const first = await loadCatalogue(mine);
      await theirs.create('directorates', { name: 'Resources', directorId: null }, SYSTEM);
      const after = await loadCatalogue(mine);
      expect([...after.directorates.values()].map((d) => d.name)).toEqual(['Resources']);
      expect(after).not.toBe(first);
    } finally {
      await mine.close();
      await theirs.close();
      dir.remove();
    }
  });
});
