import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../stores/sqlite/index.js';
import { buildDemoCouncil, DEMO_PEOPLE_IDS, seedDemoCouncil } from './index.js';

describe('seedDemoCouncil into the SQLite store', () => {
  let store: SqliteStore | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  it('writes every item with its fixed id and records the seeding in the audit trail', async () => {
    store = openSqliteStore({ file: ':memory:' });
    const today = '2026-11-23';
    const summary = await seedDemoCouncil(store, { today });
    expect(summary).toEqual(buildDemoCouncil({ today }).summary);

    const indicators = await store.query('indicators');
    expect(indicators).toHaveLength(summary.indicators);
    const wr01 = indicators.find((i) => i.fields.code === 'WR01');
    expect(wr01?.fields.collectorId).toBe(DEMO_PEOPLE_IDS.collectionOfficer);

    const ceo = await store.get('people', DEMO_PEOPLE_IDS.leadership);
    expect(ceo?.fields.jobTitle).toBe('Chief Executive');
    expect(await store.query('returns', { state: 'due' })).not.toHaveLength(0);

    const audit = await store.audit({ itemId: DEMO_PEOPLE_IDS.leadership });
    expect(audit[0]).toMatchObject({
      actorId: 'system',
      channel: 'system',
      event: 'demo.seeded',
      action: 'create',
    });
  });
});
