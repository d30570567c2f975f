// The risk register's lists (issue 17), new in schema version 6: provisioning creates each whole.
// The risk keeps its residual score and the start of its review day as columns of their own, so
// the "Risks above tolerance" and "Reviews overdue" views (provision/list-views.ts) can filter on
// them in CAML: SharePoint cannot multiply two columns in a view, and <Today /> compares only with
// dateTime columns.
import type { ListName } from '../../../domain/ports/store.js';
import type { FieldSpec, ListSpec } from './column-spec.js';

const text = (field: string, indexed = false): FieldSpec => ({ field, type: 'text', indexed });
const required = (field: string, indexed = false): FieldSpec => ({
  ...text(field, indexed),
  empty: '',
});
const note = (field: string): FieldSpec => ({ field, type: 'note', empty: '' });
const json = (field: string): FieldSpec => ({ field, type: 'json' });
const num = (field: string, indexed = false): FieldSpec => ({ field, type: 'number', indexed });
const date = (field: string): FieldSpec => ({ field, type: 'isoDate' });
const choice = (field: string, choices: readonly string[], indexed = false): FieldSpec => ({
  field,
  type: 'choice',
  choices,
  indexed,
});

type RiskListName = Extract<ListName, 'risks' | 'riskMitigations' | 'riskReviews'>;

export const RISK_LISTS: Record<RiskListName, ListSpec> = {
  risks: {
    key: 'risks',
    title: 'GT Risks',
    fields: [
      required('code', true),
      required('title'),
      note('description'),
      required('category', true),
      required('ownerId', true),
      json('objectiveIds'),
      json('keyActionIds'),
      json('projectIds'),
      num('inherentLikelihood'),
      num('inherentImpact'),
      num('residualLikelihood'),
      num('residualImpact'),
      num('residualScore', true),
      date('reviewDate'),
      { field: 'reviewDueAt', type: 'instant', indexed: true },
      choice('status', ['open', 'treated', 'closed'], true),
    ],
  },
  riskMitigations: {
    key: 'riskMitigations',
    title: 'GT Risk mitigations',
    fields: [
      required('riskId', true),
      required('title'),
      required('ownerId'),
      date('dueDate'),
      choice('status', ['not-started', 'in-progress', 'done']),
    ],
  },
  riskReviews: {
    key: 'riskReviews',
    title: 'GT Risk reviews',
    fields: [
      required('riskId', true),
      date('date'),
      num('residualLikelihood'),
      num('residualImpact'),
      note('commentary'),
      required('reviewerId'),
    ],
  },
};
