// The few SharePoint REST endpoints PnPjs calls to list and add list views, which Graph cannot do
// (Graph's list resource has no views). Served under `/_sp/{hostname}{site path}/_api/…`, so a
// site `https://contoso.sharepoint.com/sites/performance` is `{origin}/_sp/contoso.sharepoint.com/sites/performance`.
// - GET  …/_api/web/lists/getbytitle('X')/views            list the views
// - POST …/_api/web/lists/getbytitle('X')/views            add one (body: SP.View properties)
// - POST …/views('id')/viewfields/addviewfield('Name')     show a column
// - POST …/views('id')/viewfields/removeallviewfields      show none
// Working with lists with REST: https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
// ViewCollection.add and ViewCreationInformation (Title, Query, RowLimit, Paged, PersonalView,
// SetAsDefaultView): https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj247067(v=office.15)
// and https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj245993(v=office.15)
// PnPjs's calls: https://pnp.github.io/pnpjs/sp/views/ (views(), views.add(title, personal, props)).
// Answers are JSON light with minimal metadata, SharePoint Online's answer to `Accept:
// application/json`; errors are `{"odata.error":{code,message:{lang,value}}}`.
// Who may call (checkCaller): SharePoint Online takes app-only tokens only from a certificate
// ("Can I use other means besides certificates for realizing app-only access for my Azure AD app?
// No, all other options are blocked by SharePoint Online": the FAQ of "Granting access via Azure AD
// App-Only", https://learn.microsoft.com/sharepoint/dev/solution-guidance/security-apponly-azuread).
// A managed identity or a federated credential is not a certificate the documentation names, so
// the emulator refuses them too (stricter than tenants are reported to be, never looser). The token
// needs SharePoint's own Sites.Selected (or a Sites.*.All) and, for Sites.Selected, the site's
// grant (understanding-rsc-for-msgraph-and-sharepoint-online); adding a view changes the list, so
// it needs `manage`, reading views `read` (permissions.ts).
import { BUILT_IN_FIELDS } from './caml.js';
import type { GraphResponse } from './errors.js';
import type { SiteRecord, TenantState } from './model.js';
import { siteAccess, type TokenGrant } from './permissions.js';
import { answer, RestError, restError } from './rest-errors.js';
import { createView, select, viewShape } from './rest-views.js';

export interface RestRequest {
  method: string;
  /** Decoded path after `/_sp/`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  grant?: TokenGrant;
}

const VIEWS =
  /^web\/lists\/getbytitle\('((?:[^']|'')*)'\)\/views(?:\('([0-9a-f-]{36})'\)|\/getbyid\('([0-9a-f-]{36})'\))?(?:\/viewfields\/(?:addviewfield\('((?:[^']|'')*)'\)|(removeallviewfields)))?$/i;

function findSiteByUrl(state: TenantState, path: string): { site: SiteRecord; api: string } {
  const cut = path.toLowerCase().indexOf('/_api/');
  if (cut < 0) throw new RestError(404, '-1, System.IO.FileNotFoundException', 'Not an _api path');
  const [hostname, ...rest] = path.slice(0, cut).split('/');
  const sitePath = `/${rest.join('/')}`;
  for (const site of state.sites.values()) {
    if (site.hostname === hostname && site.path === sitePath)
      return { site, api: path.slice(cut + 6) };
  }
  throw new RestError(
    404,
    '-1, System.IO.FileNotFoundException',
    `No site at https://${hostname}${sitePath}`,
  );
}

/** Refused token kinds answer 401, as SharePoint does before it looks at the site. */
function unsupportedToken(): GraphResponse {
  return {
    status: 401,
    headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' },
    body: { error_description: 'Unsupported app only token.' },
  };
}

function checkCaller(state: TenantState, site: SiteRecord, req: RestRequest): void {
  const grant = req.grant;
  if (!grant)
    throw new RestError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied.');
  const needed = req.method === 'GET' ? 'read' : 'manage';
  const access = siteAccess(state, site.id, grant.appId, grant.sharePointRoles, needed);
  if (!access.ok) {
    throw new RestError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      `Access denied. You do not have permission to perform this action or access this resource. (${access.why})`,
    );
  }
}

function handle(state: TenantState, req: RestRequest): GraphResponse {
  if (req.grant && req.grant.credential !== 'certificate') return unsupportedToken();
  const { site, api } = findSiteByUrl(state, req.path);
  checkCaller(state, site, req);
  const m = VIEWS.exec(api);
  if (!m)
    throw new RestError(
      404,
      '-1, Microsoft.SharePoint.Client.ResourceNotFoundException',
      `Cannot find resource for the request ${api}`,
    );
  const title = m[1]!.replace(/''/g, "'");
  const list = [...site.lists.values()].find((l) => l.displayName === title);
  if (!list) {
    throw new RestError(
      404,
      '-1, System.ArgumentException',
      `List '${title}' does not exist at site with URL 'https://${site.hostname}${site.path}'.`,
    );
  }
  const web = `https://${site.hostname}${site.path}/_api/$metadata#SP.ApiData.Views`;
  const viewId = m[2] ?? m[3];
  if (!viewId) {
    if (req.method === 'GET') {
      return answer(200, {
        'odata.metadata': web,
        value: list.views.map((v) => select(viewShape(site, list, v), req.query)),
      });
    }
    if (req.method === 'POST') {
      return answer(201, {
        'odata.metadata': `${web}/@Element`,
        ...viewShape(site, list, createView(list, req.body)),
      });
    }
    throw new RestError(
      405,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `${req.method} is not allowed here`,
    );
  }
  const view = list.views.find((v) => v.id === viewId.toLowerCase());
  if (!view)
    throw new RestError(404, '-1, System.ArgumentException', `View ${viewId} does not exist`);
  if (m[4] === undefined && m[5] === undefined) {
    if (req.method !== 'GET')
      throw new RestError(
        405,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        'Only GET is emulated on a view',
      );
    return answer(200, {
      'odata.metadata': `${web}/@Element`,
      ...select(viewShape(site, list, view), req.query),
    });
  }
  if (req.method !== 'POST')
    throw new RestError(
      405,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      'Use POST',
    );
  if (m[5] !== undefined) view.fields = [];
  else {
    const field = m[4]!.replace(/''/g, "'");
    if (!list.columns.has(field) && !BUILT_IN_FIELDS.has(field)) {
      throw new RestError(
        400,
        '-1, System.ArgumentException',
        `Column '${field}' does not exist. It may have been deleted by another user.`,
      );
    }
    if (!view.fields.includes(field)) view.fields.push(field);
  }
  return answer(200, { 'odata.null': true });
}

/** A request without the right bearer token (a tenant's would be for `https://{hostname}`). */
export function restAccessDenied(): GraphResponse {
  const response = restError(
    new RestError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'),
  );
  return { ...response, headers: { ...response.headers, 'www-authenticate': 'Bearer' } };
}

export function routeSharePointRest(state: TenantState, req: RestRequest): GraphResponse {
  try {
    return handle(state, req);
  } catch (error) {
    if (!(error instanceof RestError)) throw error;
    return restError(error);
  }
}
