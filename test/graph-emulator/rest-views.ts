// SP.View records: the JSON light shape SharePoint answers with, and creation from the POST body
// (ViewCreationInformation: https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj245993(v=office.15)).
import { randomUUID } from 'node:crypto';
import { BUILT_IN_FIELDS, parseCaml } from './caml.js';
import type { ListRecord, SiteRecord, ViewRecord } from './model.js';
import { invalid, RestError } from './rest-errors.js';

/** Settable SP.View properties on create (others are refused, as SharePoint refuses them). */
const CREATE_PROPS = new Set([
  '__metadata',
  'Title',
  'PersonalView',
  'ViewQuery',
  'RowLimit',
  'Paged',
  'DefaultView',
  'SetAsDefaultView',
]);

export function viewShape(
  site: SiteRecord,
  list: ListRecord,
  view: ViewRecord,
): Record<string, unknown> {
  const web = `https://${site.hostname}${site.path}`;
  const self = `Web/Lists(guid'${list.id}')/Views(guid'${view.id}')`;
  return {
    'odata.type': 'SP.View',
    'odata.id': `${web}/_api/${self}`,
    'odata.editLink': self,
    DefaultView: view.defaultView,
    Hidden: false,
    Id: view.id,
    Paged: view.paged,
    PersonalView: view.personalView,
    ReadOnlyView: false,
    RowLimit: view.rowLimit,
    ServerRelativeUrl: `${site.path}/Lists/${list.name}/${view.title.replace(/[^A-Za-z0-9]/g, '')}.aspx`,
    Title: view.title,
    ViewQuery: view.query,
    ViewType: 'HTML',
  };
}

export function select(
  shape: Record<string, unknown>,
  query: URLSearchParams,
): Record<string, unknown> {
  const wanted = query.get('$select');
  if (!wanted) return shape;
  const keep = new Set(wanted.split(',').map((s) => s.trim()));
  return Object.fromEntries(
    Object.entries(shape).filter(([k]) => k.startsWith('odata.') || keep.has(k)),
  );
}

export function checkQuery(list: ListRecord, query: string): void {
  try {
    for (const ref of parseCaml(query).fieldRefs) {
      if (!list.columns.has(ref) && !BUILT_IN_FIELDS.has(ref)) throw new Error(`no column ${ref}`);
    }
  } catch (error) {
    throw invalid(`ViewQuery is not a valid CamlQueryRoot fragment: ${(error as Error).message}`);
  }
}

export function createView(list: ListRecord, body: unknown): ViewRecord {
  const props = (body ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(props)) {
    if (!CREATE_PROPS.has(key))
      throw invalid(`The property '${key}' does not exist on type 'SP.View'.`);
  }
  if (typeof props.Title !== 'string' || props.Title.trim() === '')
    throw invalid('A view needs a Title');
  // App-only calls have no user to own a personal view.
  if (props.PersonalView === true)
    throw new RestError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      'An app cannot create a personal view',
    );
  const query = props.ViewQuery ?? '';
  if (typeof query !== 'string') throw invalid('ViewQuery must be a string');
  checkQuery(list, query);
  const rowLimit = props.RowLimit ?? 30;
  if (!Number.isInteger(rowLimit) || (rowLimit as number) < 1 || (rowLimit as number) > 5000) {
    throw invalid('RowLimit must be a whole number from 1 to 5000');
  }
  const makeDefault = props.DefaultView === true || props.SetAsDefaultView === true;
  if (makeDefault) list.views.forEach((v) => (v.defaultView = false));
  // SharePoint allows two views with one title (the second gets another URL), so callers that
  // want one view per title must look before they add: the emulator does not help them.
  const view: ViewRecord = {
    id: randomUUID(),
    title: props.Title,
    query,
    rowLimit: rowLimit as number,
    paged: props.Paged !== false,
    personalView: false,
    defaultView: makeDefault,
    fields: ['LinkTitle'],
  };
  list.views.push(view);
  return view;
}
