// Contract: change tokens. A view kept until its lists' token moves (src/app/views) is only right
// if every change moves the token, whoever makes it, and nothing else needs to be read to know.
import { expect, it } from 'vitest';
import { CHECKER, OFFICER, returnFields, type StoreHolder } from './contract-fixtures.js';
import { ValidationError } from '../../../src/domain/errors/errors.js';

export function changeTokenContract(s: StoreHolder): void {
  it('stays the same while nothing changes, and moves with every create, update and delete', async () => {
    const before = await s.store.changeToken(['returns', 'indicators']);
    expect(await s.store.changeToken(['returns', 'indicators'])).toBe(before);
    const created = await s.store.create('returns', returnFields({ value: 5 }), OFFICER);
    const afterCreate = await s.store.changeToken(['returns', 'indicators']);
    expect(afterCreate).not.toBe(before);
    const updated = await s.store.update(
      'returns',
      created.id,
      created.version,
      { value: 6 },
      CHECKER,
    );
    const afterUpdate = await s.store.changeToken(['returns', 'indicators']);
    expect(afterUpdate).not.toBe(afterCreate);
    await s.store.delete('returns', created.id, updated.version, CHECKER);
    expect(await s.store.changeToken(['returns', 'indicators'])).not.toBe(afterUpdate);
  });

  it('moves with a writeMany, and not for a change to a list it does not name', async () => {
    const returnsOnly = await s.store.changeToken(['returns']);
    const people = await s.store.changeToken(['people']);
    await s.store.writeMany(
      [{ kind: 'create', list: 'returns', fields: returnFields({ value: 1 }) }],
      OFFICER,
    );
    expect(await s.store.changeToken(['returns'])).not.toBe(returnsOnly);
    expect(await s.store.changeToken(['people'])).toBe(people);
  });

  it('does not move for a refused write', async () => {
    const created = await s.store.create('returns', returnFields({ value: 5 }), OFFICER);
    await s.store.update('returns', created.id, created.version, { value: 6 }, CHECKER);
    const before = await s.store.changeToken(['returns']);
    await expect(
      s.store.update('returns', created.id, created.version, { value: 7 }, CHECKER),
    ).rejects.toThrow();
    expect(await s.store.changeToken(['returns'])).toBe(before);
  });

  it('moves when another store over the same data writes', async () => {
    const twin = s.twin();
    const before = await s.store.changeToken(['returns']);
    await twin.create('returns', returnFields({ value: 9 }), OFFICER);
    expect(await s.store.changeToken(['returns'])).not.toBe(before);
    // And what the token promised is there to read.
    expect((await s.store.query('returns')).map((r) => r.fields.value)).toContain(9);
  });

  it('refuses a list that does not exist, naming it', async () => {
    await expect(s.store.changeToken(['nonsense' as never])).rejects.toThrow(ValidationError);
    await expect(s.store.changeToken(['nonsense' as never])).rejects.toThrow(/nonsense/);
  });
}
