// Contract (issue #14): the procedureVersions list, and the fields added to indicators (the
// procedure's version, the plausibility ratio) and returns (the version entered under, the
// restatements), hold what was written — JSON procedures and restatement lists, fractional ratios —
// through create, update and query, with absent fields read back as absent or null on every store.
import { expect, it } from 'vitest';
import type { ProcedureVersion, Restatement } from '../../../src/domain/model/types.js';
import {
  CHECKER,
  OFFICER,
  importedIndicatorFields,
  returnFields,
  type StoreHolder,
} from './contract-fixtures.js';

const VERSION_2: ProcedureVersion = {
  indicatorId: 'ind-1',
  version: 2,
  procedure: {
    calculation: 'Count of homes surveyed — “last working day”, not the 31st',
    source: 'Housing system',
    evidenceLocation: 'Evidence library › HS01',
    verification: 'Compared with the monthly report.',
    url: 'https://council.example/procedures/hs01?v=2',
  },
  editedAt: '2026-02-10T14:00:00.000Z',
  editedBy: 'person-admin',
  note: 'The system was replaced.\nSecond line.',
};

const RESTATED: Restatement = {
  value: 432100,
  notAvailableReason: null,
  commentary: 'Typed an extra digit',
  forecast: 45000,
  enteredBy: 'officer-1',
  checkedBy: 'checker-1',
  authorisedBy: 'authoriser-1',
  authorisedAt: '2026-01-20T10:00:00.000Z',
  reopenedBy: 'person-admin',
  reopenedAt: '2026-02-01T09:00:00.000Z',
  reason: 'The figure had an extra digit',
};

export function proceduresContract(s: StoreHolder): void {
  it('procedureVersions: round-trips every field and filters by indicator', async () => {
    const first = {
      ...VERSION_2,
      version: 1,
      note: '',
      procedure: { ...VERSION_2.procedure, url: null },
    };
    const a = await s.store.create('procedureVersions', first, OFFICER);
    await s.store.create('procedureVersions', VERSION_2, OFFICER);
    await s.store.create('procedureVersions', { ...VERSION_2, indicatorId: 'ind-2' }, OFFICER);
    expect((await s.store.get('procedureVersions', a.id))?.fields).toEqual(first);
    const mine = await s.store.query('procedureVersions', { indicatorId: 'ind-1' });
    expect(mine.map((v) => v.fields).sort((x, y) => x.version - y.version)).toEqual([
      first,
      VERSION_2,
    ]);
  });

  it('indicators: the procedure version and plausibility ratio round-trip and update', async () => {
    const fields = importedIndicatorFields({ procedureVersion: 3, plausibilityRatio: 2.5 });
    const created = await s.store.create('indicators', fields, OFFICER);
    expect((await s.store.get('indicators', created.id))?.fields).toEqual(fields);
    const updated = await s.store.update(
      'indicators',
      created.id,
      created.version,
      { procedureVersion: 4, plausibilityRatio: null },
      CHECKER,
    );
    const read = (await s.store.get('indicators', updated.id))!.fields;
    expect(read.procedureVersion).toBe(4);
    expect(read.plausibilityRatio ?? null).toBeNull();
  });

  it('indicators written without the new fields read them back as absent or null', async () => {
    const { procedureVersion: _v, plausibilityRatio: _r, ...older } = importedIndicatorFields();
    const created = await s.store.create('indicators', older, OFFICER);
    const read = (await s.store.get('indicators', created.id))!.fields;
    expect(read.procedureVersion ?? null).toBeNull();
    expect(read.plausibilityRatio ?? null).toBeNull();
  });

  it('returns: the procedure version and the restatements round-trip, query and update', async () => {
    const fields = returnFields({ procedureVersion: 2, restatements: [RESTATED] });
    const created = await s.store.create('returns', fields, OFFICER);
    expect((await s.store.get('returns', created.id))?.fields).toEqual(fields);
    expect((await s.store.query('returns', { indicatorId: 'ind-1' }))[0]?.fields).toEqual(fields);
    const second = { ...RESTATED, value: 43210, reopenedAt: '2026-03-01T09:00:00.000Z' };
    const updated = await s.store.update(
      'returns',
      created.id,
      created.version,
      { procedureVersion: 3, restatements: [RESTATED, second] },
      CHECKER,
    );
    expect((await s.store.get('returns', updated.id))?.fields).toMatchObject({
      procedureVersion: 3,
      restatements: [RESTATED, second],
    });
    const plain = (await s.store.get(
      'returns',
      (await s.store.create('returns', returnFields(), OFFICER)).id,
    ))!.fields;
    expect(plain.procedureVersion ?? null).toBeNull();
    expect(plain.restatements ?? []).toEqual([]);
  });
}
