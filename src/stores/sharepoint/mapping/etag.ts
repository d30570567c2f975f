// An item's version is its SharePoint ETag, which names the item's unique id and a version
// counter: `"{GUID},N"` in the delta feed (https://learn.microsoft.com/graph/api/listitem-delta)
// but `"guid,N"` from /items and from a PATCH of /fields. Compared as strings, an item refreshed
// by delta and the same item from a PATCH answer would look like two versions, so every ETag the
// store reads is reduced to one spelling (lower case, no braces) before it becomes a version.

const ETAG =
  /^"?\{?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\}?,(\d+)"?$/;

/** The version an ETag means, as `"guid,N"`; anything unrecognised passes through unchanged. */
export function normaliseEtag(etag: unknown): string {
  const text = String(etag ?? '').trim();
  const m = ETAG.exec(text);
  return m ? `"${m[1]!.toLowerCase()},${m[2]}"` : text;
}

/** Whether two ETags name the same version of the same item. */
export function sameVersion(a: string, b: string): boolean {
  return normaliseEtag(a) === normaliseEtag(b);
}

/** The version counter N, to tell which of two copies is newer; 0 when unknown. */
export function etagCounter(etag: string): number {
  const m = ETAG.exec(String(etag).trim());
  return m ? Number(m[2]) : 0;
}
