// Benchmarks and place (issue 16), new in schema version 7: five lists provisioning creates whole.
// A boundary's geometry is a JSON note, one item per area, because a note holds at most 63,999
// characters (https://learn.microsoft.com/graph/api/resources/textcolumn): a whole council's
// wards in one item would not fit, one generalised ward does.
import type { ListName } from '../../../domain/ports/store.js';
import type { FieldSpec, ListSpec } from './column-spec.js';

const text = (field: string, indexed = false): FieldSpec => ({ field, type: 'text', indexed });
const required = (field: string, indexed = false): FieldSpec => ({
  ...text(field, indexed),
  empty: '',
});
const note = (field: string): FieldSpec => ({ field, type: 'note', empty: '' });
const json = (field: string): FieldSpec => ({ field, type: 'json' });
const num = (field: string): FieldSpec => ({ field, type: 'number' });
const date = (field: string): FieldSpec => ({ field, type: 'isoDate' });
const instant = (field: string): FieldSpec => ({ field, type: 'instant' });
const choice = (field: string, choices: readonly string[], indexed = false): FieldSpec => ({
  field,
  type: 'choice',
  choices,
  indexed,
});

type PlaceListName = Extract<
  ListName,
  'comparatorGroups' | 'benchmarkValues' | 'breakdownValues' | 'areaBoundaries' | 'deepDiveReviews'
>;

export const PLACE_LISTS: Record<PlaceListName, ListSpec> = {
  comparatorGroups: {
    key: 'comparatorGroups',
    title: 'GT Comparator groups',
    fields: [
      required('name', true),
      choice('kind', ['england', 'region', 'county', 'nearest-neighbours', 'custom']),
      json('members'),
    ],
  },
  benchmarkValues: {
    key: 'benchmarkValues',
    title: 'GT Benchmark values',
    fields: [
      required('indicatorId', true),
      required('periodKey', true),
      required('groupId', true),
      choice('kind', ['member', 'average']),
      text('areaCode'),
      text('areaName'),
      num('value'),
      required('source'),
      instant('importedAt'),
    ],
  },
  breakdownValues: {
    key: 'breakdownValues',
    title: 'GT Breakdown values',
    fields: [
      required('indicatorId', true),
      required('periodKey', true),
      choice('dimension', ['area', 'community']),
      required('breakdown'),
      required('key'),
      required('label'),
      num('value'),
      num('numerator'),
      num('denominator'),
      required('enteredBy'),
      instant('enteredAt'),
    ],
  },
  areaBoundaries: {
    key: 'areaBoundaries',
    title: 'GT Area boundaries',
    fields: [
      required('boundarySet', true),
      required('areaCode', true),
      required('areaName'),
      json('geometry'),
    ],
  },
  deepDiveReviews: {
    key: 'deepDiveReviews',
    title: 'GT Deep-dive reviews',
    fields: [
      required('indicatorId', true),
      choice('trigger', ['persistent-under-performance', 'performance-team', 'committee']),
      required('requestedBy'),
      instant('requestedAt'),
      note('scope'),
      required('leadOfficerId', true),
      date('dueDate'),
      json('answers'),
      note('findings'),
      note('recommendations'),
      text('actionPlanId'),
      choice('status', ['open', 'closed'], true),
      note('outcome'),
      instant('closedAt'),
      text('closedBy'),
    ],
  },
};
