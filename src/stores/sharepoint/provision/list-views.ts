// The list views SharePoint users get, in CAML over the schema's columns. Each view's first
// <Where> column is indexed (provision-views.ts makes sure), because past 5,000 items SharePoint
// only shows a view whose filter an index can serve:
// https://learn.microsoft.com/troubleshoot/sharepoint/lists-and-libraries/items-exceeds-list-view-threshold
// CAML has no "start of this quarter" and the return's deadline is not a column, so:
// - "Overdue returns": returns still in state `due` (a return comes into being when its period
//   ends, src/app/returns/open-returns.ts, so these are the figures still owed), oldest first;
// - "Off target this quarter": returns checked in the last 91 days that carry an action plan
//   (checking an off-target figure needs one, DESIGN.md), using <Today OffsetDays="-91"/>.
import { columnName } from '../schema/index.js';

export interface ViewSpec {
  /** The list's display name. */
  list: string;
  title: string;
  /** CamlQueryRoot: <Where>, <OrderBy>. */
  query: string;
  /** Column internal names shown, in order. */
  fields: string[];
  rowLimit: number;
  /** The column the filter leads with: it must be indexed. */
  leading: string;
}

const col = columnName;
const ref = (field: string, extra = '') => `<FieldRef Name="${col(field)}"${extra} />`;
const stateIs = (state: string) => `<Eq>${ref('state')}<Value Type="Choice">${state}</Value></Eq>`;

export const LIST_VIEWS: readonly ViewSpec[] = [
  {
    list: 'GT Returns',
    title: 'Overdue returns',
    query: `<Where>${stateIs('due')}</Where><OrderBy>${ref('periodKey')}${ref('indicatorId')}</OrderBy>`,
    fields: ['indicatorId', 'periodKey', 'state'].map(col),
    rowLimit: 100,
    leading: col('state'),
  },
  {
    list: 'GT Returns',
    title: 'Awaiting authorisation',
    query: `<Where>${stateIs('checked')}</Where><OrderBy>${ref('checkedAt')}</OrderBy>`,
    fields: ['indicatorId', 'periodKey', 'value', 'checkedBy', 'checkedAt', 'commentary'].map(col),
    rowLimit: 100,
    leading: col('state'),
  },
  {
    list: 'GT Returns',
    title: 'Off target this quarter',
    query:
      `<Where><And><Geq>${ref('checkedAt')}<Value Type="DateTime"><Today OffsetDays="-91" /></Value></Geq>` +
      `<IsNotNull>${ref('actionPlanId')}</IsNotNull></And></Where>` +
      `<OrderBy>${ref('checkedAt', ' Ascending="FALSE"')}</OrderBy>`,
    fields: ['indicatorId', 'periodKey', 'value', 'state', 'actionPlanId', 'checkedAt'].map(col),
    rowLimit: 100,
    leading: col('checkedAt'),
  },
];
