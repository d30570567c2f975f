// The list views SharePoint users get, in CAML over the schema's columns. Each view's first
// <Where> column is indexed (provision-views.ts makes sure), because past 5,000 items SharePoint
// only shows a view whose filter an index can serve:
// https://learn.microsoft.com/troubleshoot/sharepoint/lists-and-libraries/items-exceeds-list-view-threshold
// CAML has no "start of this quarter" and the return's deadline is not a column, so:
// - "Overdue returns": returns still in state `due` (a return comes into being when its period
//   ends, src/app/returns/open-returns.ts, so these are the figures still owed), oldest first;
// - "Off target this quarter": returns checked in the last 91 days that carry an action plan
//   (checking an off-target figure needs one, DESIGN.md), using <Today OffsetDays="-91"/>;
// - "Key-action updates due": progress updates still in state `due` (they come into being when
//   their period ends, like returns), oldest period first;
// - "Open key actions by due date": key actions not yet complete, soonest due first, so this
//   quarter's are at the top. A key action's due date is a calendar date kept as `YYYY-MM-DD`
//   text (column-spec.ts: a date-only dateTime column shifts through Graph), and <Today> compares
//   only against DateTime columns, so no view can say "due this quarter" exactly; the text sorts
//   as the dates do. CAML <In> with <Values>:
//   https://learn.microsoft.com/sharepoint/dev/schema/in-element-query
// - "Corporate projects": the key actions reported to the Programme Board, soonest due first.
// - "Risks above tolerance": risks not closed whose stored residual score is above the default
//   tolerance (src/domain/risks/scoring.ts), highest first. A view's CAML is fixed when it is
//   created and provisioning leaves an existing view alone, so a council with its own tolerance
//   edits the view's number once; the app itself always reads the council's setting.
// - "Reviews overdue": risks not closed whose review day began before today (reviewDueAt is the
//   start of the review date in London, a dateTime column, so <Today /> can compare with it).
import { DEFAULT_RISK_MATRIX } from '../../../domain/risks/index.js';
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
const OPEN_STATUSES = ['not-started', 'on-track', 'some-risk', 'unlikely'];
const statusOpen = `<In>${ref('status')}<Values>${OPEN_STATUSES.map((s) => `<Value Type="Choice">${s}</Value>`).join('')}</Values></In>`;
const KEY_ACTION_FIELDS = ['code', 'title', 'ownerId', 'dueDate', 'status', 'percentComplete'];
const notClosed = `<Neq>${ref('status')}<Value Type="Choice">closed</Value></Neq>`;
const RISK_FIELDS = ['code', 'title', 'ownerId', 'residualScore', 'reviewDate', 'status'];

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
  {
    list: 'GT Key action updates',
    title: 'Key-action updates due',
    query: `<Where>${stateIs('due')}</Where><OrderBy>${ref('periodKey')}${ref('keyActionId')}</OrderBy>`,
    fields: ['keyActionId', 'periodKey', 'state'].map(col),
    rowLimit: 100,
    leading: col('state'),
  },
  {
    list: 'GT Key actions',
    title: 'Open key actions by due date',
    query: `<Where>${statusOpen}</Where><OrderBy>${ref('dueDate')}</OrderBy>`,
    fields: KEY_ACTION_FIELDS.map(col),
    rowLimit: 100,
    leading: col('status'),
  },
  {
    list: 'GT Key actions',
    title: 'Corporate projects',
    query:
      `<Where><Eq>${ref('corporateProject')}<Value Type="Boolean">1</Value></Eq></Where>` +
      `<OrderBy>${ref('dueDate')}</OrderBy>`,
    fields: [...KEY_ACTION_FIELDS, 'nextMilestone'].map(col),
    rowLimit: 100,
    leading: col('corporateProject'),
  },
  {
    list: 'GT Risks',
    title: 'Risks above tolerance',
    query:
      `<Where><And><Gt>${ref('residualScore')}<Value Type="Number">${DEFAULT_RISK_MATRIX.tolerance}</Value></Gt>` +
      `${notClosed}</And></Where><OrderBy>${ref('residualScore', ' Ascending="FALSE"')}</OrderBy>`,
    fields: RISK_FIELDS.map(col),
    rowLimit: 100,
    leading: col('residualScore'),
  },
  {
    list: 'GT Risks',
    title: 'Reviews overdue',
    query:
      `<Where><And><Lt>${ref('reviewDueAt')}<Value Type="DateTime"><Today /></Value></Lt>` +
      `${notClosed}</And></Where><OrderBy>${ref('reviewDueAt')}</OrderBy>`,
    fields: RISK_FIELDS.map(col),
    rowLimit: 100,
    leading: col('reviewDueAt'),
  },
];
