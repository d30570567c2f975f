// The audit snapshot's diet (issue 21): its before and after copies are neither asked for in the
// list's reads nor kept from the store's own writes.
import type { FieldValueSet, ListItem } from '@microsoft/microsoft-graph-types';
import { expect, it } from 'vitest';
import { AUDIT_LIST, ENTITY_LISTS } from '../schema/index.js';
import { decodeItem, selectFor, slimmed } from './decode.js';

const entry: ListItem = {
  id: '7',
  eTag: '"abc,1"',
  createdDateTime: '2026-04-01T09:00:00Z',
  lastModifiedDateTime: '2026-04-01T09:00:00Z',
  fields: {
    GtList: 'returns',
    GtItemId: 'r-1',
    GtActorId: 'officer-1',
    GtAt: '2026-04-01T09:00:00Z',
    GtAction: 'update',
    GtBefore: JSON.stringify({ value: 1 }),
    GtAfter: JSON.stringify({ value: 2 }),
  } as FieldValueSet,
};

it("reads the audit list without its before and after columns, and every entity list's whole", () => {
  expect(selectFor(AUDIT_LIST)).toContain('GtItemId');
  expect(selectFor(AUDIT_LIST)).not.toMatch(/GtBefore|GtAfter/);
  expect(selectFor(ENTITY_LISTS.returns)).toContain('GtCommentary');
});

it('keeps an audit entry without its copies, and an entity item as it came', () => {
  const full = decodeItem(AUDIT_LIST, entry);
  expect(full.item.fields.after).toEqual({ value: 2 });
  const kept = slimmed(AUDIT_LIST, full);
  expect(kept.item.fields).toMatchObject({ before: null, after: null, itemId: 'r-1' });
  expect(Object.keys(kept.columns)).not.toContain('GtBefore');
  // What write recovery matches on stays.
  expect(kept.columns).toMatchObject({ GtItemId: 'r-1', GtList: 'returns', GtAction: 'update' });
  const item = decodeItem(ENTITY_LISTS.people, {
    ...entry,
    fields: { GtId: 'p-1', GtName: 'An Officer' } as FieldValueSet,
  });
  expect(slimmed(ENTITY_LISTS.people, item)).toBe(item);
});
