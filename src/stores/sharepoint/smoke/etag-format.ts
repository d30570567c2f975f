// The shape of an ETag with its values masked, so the report shows formats, not data:
// `"{GUID},3"` for the listItem samples in Graph's docs, `GUID,3` for the bare form in the
// SharePoint overview's sample (https://learn.microsoft.com/graph/api/resources/sharepoint).
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function etagFormat(etag: unknown): string {
  if (typeof etag !== 'string' || etag === '') return '(none)';
  return etag.replace(GUID, 'GUID').replace(/,\d+/g, ',N').replace(/^W\//, 'W/');
}
